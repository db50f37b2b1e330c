// react-admin's DataProvider for the hospital-crm API: CRUD by convention (/crm/<resource>)
// plus the typed custom methods; all URL and payload rules live in dataProviderMapping.
import {
  useDataProvider,
  type CreateParams,
  type DataProvider,
  type DeleteParams,
  type GetManyParams,
  type GetOneParams,
  type QueryFunctionContext,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import { customMethods, type CustomMethods } from './customMethods';
import {
  buildCreateBody,
  buildListRequest,
  buildManyQuery,
  buildReferenceRequest,
  buildUpdateBody,
  parseListPayload,
  recordPath,
  resourcePath,
} from './dataProviderMapping';
import { http } from './http';
import type { ListPayload } from './apiTypes';

export type CrmDataProvider = DataProvider & CustomMethods;

const crud: DataProvider = {
  getList: async (resource, params) => {
    const { path, query } = buildListRequest(resource, params);
    return parseListPayload(resource, await http<ListPayload>(path, { query, signal: params.signal }));
  },

  getOne: async <RecordType extends RaRecord>(resource: string, { id, signal }: GetOneParams & QueryFunctionContext) => ({
    data: await http<RecordType>(recordPath(resource, id), { signal }),
  }),

  getMany: async <RecordType extends RaRecord>(resource: string, { ids, signal }: GetManyParams & QueryFunctionContext) => ({
    data: parseListPayload<RecordType>(resource, await http<ListPayload>(resourcePath(resource), { query: buildManyQuery(ids), signal })).data,
  }),

  getManyReference: async (resource, params) => {
    const { path, query } = buildReferenceRequest(resource, params);
    return parseListPayload(resource, await http<ListPayload>(path, { query, signal: params.signal }));
  },

  // meta.allowDuplicate: the user saw the duplicate warning (409) and chose to create anyway.
  create: async <RecordType extends RaRecord>(resource: string, { data, meta }: CreateParams) => ({
    data: await http<RecordType>(resourcePath(resource), {
      method: 'POST',
      body: buildCreateBody(data),
      query: meta?.allowDuplicate ? [['allowDuplicate', 'true']] : [],
    }),
  }),

  update: async <RecordType extends RaRecord>(resource: string, { id, data, previousData }: UpdateParams) => ({
    data: await http<RecordType>(recordPath(resource, id), {
      method: 'PUT',
      body: buildUpdateBody(data, previousData),
    }),
  }),

  updateMany: async (resource, { ids, data }) => {
    await Promise.all(ids.map((id) => http(recordPath(resource, id), { method: 'PUT', body: buildUpdateBody(data) })));
    return { data: ids };
  },

  delete: async <RecordType extends RaRecord>(resource: string, { id, previousData }: DeleteParams<RecordType>) => {
    const deleted = await http<RecordType | null>(recordPath(resource, id), { method: 'DELETE' });
    // Some deletes answer with no body; react-admin still needs the record it removed.
    return { data: deleted ?? previousData ?? ({ id } as RecordType) };
  },

  deleteMany: async (resource, { ids }) => {
    await Promise.all(ids.map((id) => http(recordPath(resource, id), { method: 'DELETE' })));
    return { data: ids };
  },
};

export const dataProvider: CrmDataProvider = {
  ...crud,
  ...customMethods,
  supportAbortSignal: true,
};

/** The data provider with its custom methods typed. */
export const useCrmDataProvider = () => useDataProvider<CrmDataProvider>();
