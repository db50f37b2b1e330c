// Pure translation between react-admin's data calls and the API contract: no fetch, no DOM,
// so every rule here is unit-tested in node. (ra-core, not react-admin: it is the same HttpError
// class without the MUI layer, which jest cannot load.)
import { HttpError, type GetListParams, type GetManyReferenceParams, type Identifier, type RaRecord } from 'ra-core';
import type { ApiEnvelope, ApiErrorBody, ListPayload } from './apiTypes';

/** Every CRM resource lives under /crm/<resource>. */
export const CRM_PREFIX = '/crm';

/** Resources served somewhere other than /crm/<resource>. */
const RESOURCE_PATHS: Record<string, string> = {
  'my-tasks': `${CRM_PREFIX}/tasks/my`,
};

/** Resources whose list array sits under a key other than their name. */
const LIST_KEYS: Record<string, string> = {
  'my-tasks': 'tasks',
  'survey-responses': 'responses',
};

/** The task views, each its own endpoint; the list picks one with the `view` filter ('all' is /crm/tasks). */
export const TASK_VIEWS = ['my', 'today', 'overdue', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

type ListRoute = (filter: Record<string, unknown>) => { path: string; filter: Record<string, unknown> };

/** Lists that take part of their path from a filter: the task views, a survey's responses. */
const LIST_ROUTES: Record<string, ListRoute> = {
  tasks: ({ view, ...filter }) => ({
    path: view && view !== 'all' && (TASK_VIEWS as readonly unknown[]).includes(view) ? `${CRM_PREFIX}/tasks/${view}` : `${CRM_PREFIX}/tasks`,
    filter,
  }),
  'survey-responses': ({ surveyId, ...filter }) => {
    if (typeof surveyId !== 'string' || !surveyId) throw new HttpError('Survey responses are listed per survey: a surveyId filter is required', 400);
    return { path: `${CRM_PREFIX}/surveys/${encodeURIComponent(surveyId)}/responses`, filter };
  },
};

/** Lists the API always sorts by time (newest first unless `order=asc`): they take no `sort`, which would be refused. */
const TIME_ORDERED = new Set(['communications', 'surveys', 'survey-responses', 'campaigns']);

/** Fields the server owns: never sent back, or forbidNonWhitelisted would reject the request. */
const READ_ONLY_FIELDS = new Set(['id', 'hospitalId', 'createdAt', 'updatedAt', 'deletedAt']);

export type QueryParams = Array<[string, string]>;

export const resourcePath = (resource: string): string => RESOURCE_PATHS[resource] ?? `${CRM_PREFIX}/${resource}`;

export const recordPath = (resource: string, id: Identifier): string => `${resourcePath(resource)}/${encodeURIComponent(String(id))}`;

export const listKey = (resource: string): string => LIST_KEYS[resource] ?? resource;

export const toQueryString = (params: QueryParams): string => {
  const search = new URLSearchParams(params).toString();
  return search ? `?${search}` : '';
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const serialize = (value: unknown): string => {
  if (value instanceof Date) return value.toISOString();
  if (isPlainObject(value)) return JSON.stringify(value);
  return String(value);
};

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Each filter becomes a query param; arrays repeat the param, empty values are dropped. */
export const filterToParams = (filter: Record<string, unknown> = {}): QueryParams => {
  const params: QueryParams = [];
  for (const [key, value] of Object.entries(filter)) {
    if (Array.isArray(value)) {
      for (const item of value) if (!isBlank(item)) params.push([key, serialize(item)]);
    } else if (!isBlank(value)) {
      params.push([key, serialize(value)]);
    }
  }
  return params;
};

/** getList → `page`, `limit`, `sort`, `order` (asc|desc) then the filters. */
export const buildListQuery = ({ pagination, sort, filter }: GetListParams): QueryParams => {
  const params: QueryParams = [];
  if (pagination) {
    params.push(['page', String(pagination.page)], ['limit', String(pagination.perPage)]);
  }
  if (sort?.field) {
    params.push(['sort', sort.field], ['order', sort.order === 'DESC' ? 'desc' : 'asc']);
  }
  return [...params, ...filterToParams(filter)];
};

/** The path and query of a getList: per-resource routes and sort rules applied. */
export const buildListRequest = (resource: string, params: GetListParams): { path: string; query: QueryParams } => {
  const route = LIST_ROUTES[resource]?.(params.filter ?? {}) ?? { path: resourcePath(resource), filter: params.filter };
  if (!TIME_ORDERED.has(resource)) return { path: route.path, query: buildListQuery({ ...params, filter: route.filter }) };
  const query = buildListQuery({ ...params, sort: undefined, filter: route.filter });
  // after page and limit, where getList puts sort and order
  if (params.sort?.order) query.splice(params.pagination ? 2 : 0, 0, ['order', params.sort.order === 'DESC' ? 'desc' : 'asc']);
  return { path: route.path, query };
};

/** getManyReference is getList with the reference as one more filter. */
export const buildReferenceRequest = (resource: string, { target, id, ...rest }: GetManyReferenceParams) =>
  buildListRequest(resource, { ...rest, filter: { ...rest.filter, [target]: id } });

/** getMany asks the list endpoint for exactly these ids. */
export const buildManyQuery = (ids: Identifier[]): QueryParams => [
  ...ids.map((id): [string, string] => ['ids', String(id)]),
  ['limit', String(Math.max(ids.length, 1))],
];

/** A list's response beyond its rows: whether the server stopped counting at `total`. */
export type ListMeta = { totalIsCapped?: true };

/**
 * Reads `{ <resource>: [...], total }`; tolerates a bare array or a differently named array. A capped total
 * (`totalIsCapped`) travels as `meta.totalIsCapped`, which the list's pagination reads (CappedPagination).
 */
export const parseListPayload = <RecordType extends RaRecord = RaRecord>(
  resource: string,
  payload: unknown,
): { data: RecordType[]; total: number; meta?: ListMeta } => {
  if (Array.isArray(payload)) return { data: payload as RecordType[], total: payload.length };
  if (!isPlainObject(payload)) {
    throw new HttpError(`Unexpected list response for "${resource}"`, 500, payload);
  }
  const list = payload as ListPayload;
  const items = list[listKey(resource)] ?? Object.values(list).find(Array.isArray);
  if (!Array.isArray(items)) {
    throw new HttpError(`List response for "${resource}" has no "${listKey(resource)}" array`, 500, payload);
  }
  const total = typeof list.total === 'number' ? list.total : items.length;
  return { data: items as RecordType[], total, ...(list.totalIsCapped === true && { meta: { totalIsCapped: true } }) };
};

/** The body of an update: only what changed, never server-owned fields. */
export const buildUpdateBody = (data: Record<string, unknown>, previousData?: Record<string, unknown>): Record<string, unknown> => {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (READ_ONLY_FIELDS.has(key)) continue;
    if (previousData && JSON.stringify(previousData[key]) === JSON.stringify(value)) continue;
    body[key] = value;
  }
  return body;
};

/** The body of a create: everything the form holds except server-owned fields. */
export const buildCreateBody = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !READ_ONLY_FIELDS.has(key)));

const isEnvelope = (body: unknown): body is ApiEnvelope<unknown> => isPlainObject(body) && typeof body.success === 'boolean';

/** Statuses whose details are per-field messages for the form. */
const VALIDATION_STATUSES = new Set([400, 422]);

/** A proxy answering for an API that is down or restarting. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

const errorMessage = (error: ApiErrorBody | undefined, statusText: string, status: number): string => {
  const message = Array.isArray(error?.message) ? error.message.join('; ') : error?.message;
  if (message) return message;
  if (GATEWAY_STATUSES.has(status)) return 'crm.errors.api_unavailable';
  if (statusText) return statusText;
  return status === 0 ? 'crm.errors.network' : 'crm.errors.http';
};

/**
 * Field errors for react-admin forms (`body.errors`), read from the envelope's details when they
 * name fields: `[{ field|property, message|messages|constraints }]` or `{ field: message }`.
 */
export const fieldErrorsFromDetails = (details: unknown): Record<string, string> | undefined => {
  const errors: Record<string, string> = {};
  if (Array.isArray(details)) {
    for (const item of details) {
      if (!isPlainObject(item)) continue;
      const field = item.field ?? item.property ?? item.path;
      const text =
        typeof item.message === 'string'
          ? item.message
          : Array.isArray(item.messages) && item.messages.length
            ? item.messages.map(String).join('; ')
            : isPlainObject(item.constraints)
              ? Object.values(item.constraints).map(String).join('; ')
              : undefined;
      // a field refused twice (two unknown variables in one text) keeps both messages
      if (typeof field === 'string' && text) errors[field] = errors[field] ? `${errors[field]}; ${text}` : text;
    }
  } else if (isPlainObject(details)) {
    for (const [field, value] of Object.entries(details)) {
      if (typeof value === 'string') errors[field] = value;
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) errors[field] = value.join('; ');
    }
  }
  return Object.keys(errors).length ? errors : undefined;
};

/**
 * Unwraps `{ success: true, data }`; turns `{ success: false, error }` or any non-2xx status into
 * react-admin's HttpError so its notifications show the server's own message.
 */
export const unwrapEnvelope = <T>(status: number, body: unknown, statusText = ''): T => {
  const ok = status >= 200 && status < 300;
  if (ok && isEnvelope(body) && body.success) return body.data as T;
  if (ok && !isEnvelope(body)) return body as T;

  const error = isEnvelope(body) && !body.success ? body.error : undefined;
  const message = errorMessage(error, statusText, status);
  // Only validation failures name fields; other details (a 409's existing record, say) are data.
  const errors = VALIDATION_STATUSES.has(status) ? fieldErrorsFromDetails(error?.details) : undefined;
  const httpBody = errors && isPlainObject(body) ? { ...body, errors } : body;
  throw new HttpError(message, ok ? 500 : status, httpBody);
};
