import { describe, expect, it } from '@jest/globals';
import { HttpError } from 'ra-core';
import {
  buildCreateBody,
  buildListQuery,
  buildListRequest,
  buildManyQuery,
  buildReferenceRequest,
  buildUpdateBody,
  fieldErrorsFromDetails,
  parseListPayload,
  recordPath,
  resourcePath,
  toQueryString,
  unwrapEnvelope,
} from './dataProviderMapping';

const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
};

describe('resource paths', () => {
  it.each([
    ['leads', '/crm/leads'],
    ['communications', '/crm/communications'],
    ['campaigns', '/crm/campaigns'],
    ['my-tasks', '/crm/tasks/my'],
  ])('%s lives at %s', (resource, path) => {
    expect(resourcePath(resource)).toBe(path);
  });

  it('encodes the record id', () => {
    expect(recordPath('leads', 'a b/c')).toBe('/crm/leads/a%20b%2Fc');
    expect(recordPath('tasks', 42)).toBe('/crm/tasks/42');
  });
});

describe('getList query', () => {
  it('sends page, limit, sort and lower-case order, then the filters', () => {
    const query = buildListQuery({
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'score', order: 'DESC' },
      filter: { q: 'smith', status: 'NEW' },
    });
    expect(toQueryString(query)).toBe('?page=3&limit=25&sort=score&order=desc&q=smith&status=NEW');
  });

  it('repeats array filters and drops empty ones', () => {
    const query = buildListQuery({
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { status: ['NEW', 'CONTACTED'], source: '', assignedToId: null, tag: undefined, hot: true },
    });
    expect(query).toEqual([
      ['page', '1'],
      ['limit', '20'],
      ['sort', 'createdAt'],
      ['order', 'asc'],
      ['status', 'NEW'],
      ['status', 'CONTACTED'],
      ['hot', 'true'],
    ]);
    expect(toQueryString(query)).toBe('?page=1&limit=20&sort=createdAt&order=asc&status=NEW&status=CONTACTED&hot=true');
  });

  it('sends dates as ISO strings', () => {
    const query = buildListQuery({ filter: { dueBefore: new Date('2026-01-31T00:00:00.000Z') } });
    expect(query).toEqual([['dueBefore', '2026-01-31T00:00:00.000Z']]);
  });

  it('has no query string when there is nothing to send', () => {
    expect(toQueryString(buildListQuery({}))).toBe('');
  });

  it('getManyReference adds the target as a filter', () => {
    const { path, query } = buildReferenceRequest('tasks', {
      target: 'leadId',
      id: 'lead-1',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'dueDate', order: 'DESC' },
      filter: { status: 'PENDING' },
    });
    expect(path).toBe('/crm/tasks');
    expect(toQueryString(query)).toBe('?page=1&limit=10&sort=dueDate&order=desc&status=PENDING&leadId=lead-1');
  });

  it('getMany repeats ids and asks for all of them', () => {
    expect(toQueryString(buildManyQuery(['a', 'b', 'c']))).toBe('?ids=a&ids=b&ids=c&limit=3');
  });
});

describe('list routes', () => {
  const page = { pagination: { page: 1, perPage: 25 } };

  it.each([
    ['my', '/crm/tasks/my'],
    ['today', '/crm/tasks/today'],
    ['overdue', '/crm/tasks/overdue'],
    ['all', '/crm/tasks'],
    [undefined, '/crm/tasks'],
    ['../users', '/crm/tasks'],
  ])('the %p task view is served at %s, and the view is not sent as a filter', (view, path) => {
    const request = buildListRequest('tasks', { ...page, sort: { field: 'dueDate', order: 'ASC' }, filter: { view, priority: ['HIGH'] } });
    expect(request.path).toBe(path);
    expect(toQueryString(request.query)).toBe('?page=1&limit=25&sort=dueDate&order=asc&priority=HIGH');
  });

  it("puts the survey in a response list's path", () => {
    const request = buildListRequest('survey-responses', { ...page, filter: { surveyId: 's 1', npsCategory: ['DETRACTOR'] } });
    expect(request.path).toBe('/crm/surveys/s%201/responses');
    expect(toQueryString(request.query)).toBe('?page=1&limit=25&npsCategory=DETRACTOR');
  });

  it('refuses a response list without its survey', () => {
    expect(() => buildListRequest('survey-responses', { ...page, filter: {} })).toThrow(HttpError);
  });

  it.each([
    ['communications', { channel: 'SMS' }, '?page=1&limit=25&order=asc&channel=SMS'],
    ['surveys', { isActive: true }, '?page=1&limit=25&order=asc&isActive=true'],
    ['survey-responses', { surveyId: 's1' }, '?page=1&limit=25&order=asc'],
    ['campaigns', { status: 'RUNNING' }, '?page=1&limit=25&order=asc&status=RUNNING'],
  ])('sends only the order for %s, which the API sorts by time', (resource, filter, expected) => {
    const request = buildListRequest(resource, { ...page, sort: { field: 'status', order: 'ASC' }, filter });
    expect(toQueryString(request.query)).toBe(expected);
  });

  it('keeps the path and sort of other resources', () => {
    const request = buildListRequest('templates', { ...page, sort: { field: 'name', order: 'ASC' }, filter: { channel: ['SMS'] } });
    expect(request.path).toBe('/crm/templates');
    expect(toQueryString(request.query)).toBe('?page=1&limit=25&sort=name&order=asc&channel=SMS');
  });
});

describe('list responses', () => {
  it('reads the array under the resource key and the total', () => {
    const payload = { leads: [{ id: 'l1' }, { id: 'l2' }], page: 1, limit: 20, total: 57 };
    expect(parseListPayload('leads', payload)).toEqual({ data: [{ id: 'l1' }, { id: 'l2' }], total: 57 });
  });

  it('passes a capped total on as meta, and nothing when the total is exact', () => {
    const capped = { leads: [{ id: 'l1' }], page: 1, limit: 20, total: 1000, totalIsCapped: true };
    expect(parseListPayload('leads', capped)).toEqual({ data: [{ id: 'l1' }], total: 1000, meta: { totalIsCapped: true } });
    expect(parseListPayload('leads', { ...capped, totalIsCapped: false })).not.toHaveProperty('meta');
  });

  it('reads resources whose key differs from their name', () => {
    const payload = { tasks: [{ id: 't1' }], page: 1, limit: 20, total: 1 };
    expect(parseListPayload('my-tasks', payload)).toEqual({ data: [{ id: 't1' }], total: 1 });
  });

  it('falls back to the only array and to its length when total is missing', () => {
    expect(parseListPayload('survey-responses', { responses: [{ id: 'r1' }] })).toEqual({
      data: [{ id: 'r1' }],
      total: 1,
    });
  });

  it('refuses a payload without any list', () => {
    const error = catchError(() => parseListPayload('leads', { page: 1, total: 0 }));
    expect(error).toBeInstanceOf(HttpError);
  });
});

describe('the envelope', () => {
  it('unwraps success data', () => {
    const body = { success: true, data: { leads: [], page: 1, limit: 20, total: 0 } };
    expect(unwrapEnvelope(200, body)).toEqual({ leads: [], page: 1, limit: 20, total: 0 });
  });

  it('turns an error envelope into an HttpError carrying status, message and body', () => {
    const body = { success: false, error: { code: 'LEAD_NOT_FOUND', message: 'Lead not found', details: null } };
    const error = catchError(() => unwrapEnvelope(404, body, 'Not Found')) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(404);
    expect(error.message).toBe('Lead not found');
    expect(error.body).toEqual(body);
  });

  it('exposes validation details as form field errors', () => {
    const body = {
      success: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        details: [{ field: 'email', message: 'email must be an email' }],
      },
    };
    const error = catchError(() => unwrapEnvelope(400, body)) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body).toEqual({ ...body, errors: { email: 'email must be an email' } });
  });

  it("does not read a conflict's details as field errors (they describe the existing record)", () => {
    const body = {
      success: false,
      error: { code: 'CONFLICT', message: 'An open lead exists', details: { existingLeadId: 'l9', leadNumber: 'LD-CGH-9' } },
    };
    const error = catchError(() => unwrapEnvelope(409, body)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.body).toEqual(body);
  });

  it('uses the status text when the body is not an envelope', () => {
    const error = catchError(() => unwrapEnvelope(500, '<html>oops</html>', 'Internal Server Error')) as HttpError;
    expect(error.status).toBe(500);
    expect(error.message).toBe('Internal Server Error');
  });

  it('names an API that is down behind the proxy (502/503/504 without an envelope)', () => {
    const error = catchError(() => unwrapEnvelope(502, null, 'Bad Gateway')) as HttpError;
    expect(error.status).toBe(502);
    expect(error.message).toBe('crm.errors.api_unavailable');
  });

  it('keeps 401 and 429 statuses so auth and login can react to them', () => {
    const unauthorized = { success: false, error: { code: 'UNAUTHORIZED', message: 'Invalid credentials' } };
    const limited = { success: false, error: { code: 'TOO_MANY_REQUESTS', message: 'Too many login attempts' } };
    expect((catchError(() => unwrapEnvelope(401, unauthorized)) as HttpError).status).toBe(401);
    expect((catchError(() => unwrapEnvelope(429, limited)) as HttpError).message).toBe('Too many login attempts');
  });
});

describe('field errors', () => {
  it('reads class-validator style constraints and plain maps', () => {
    expect(fieldErrorsFromDetails([{ property: 'phone', constraints: { isPhoneNumber: 'phone is invalid' } }])).toEqual({
      phone: 'phone is invalid',
    });
    expect(fieldErrorsFromDetails({ firstName: ['is required', 'is too short'] })).toEqual({
      firstName: 'is required; is too short',
    });
    // the API's own shape (ValidationPipe and domain errors)
    expect(fieldErrorsFromDetails([{ field: 'reason', messages: ['A reason is required', 'too short'] }])).toEqual({
      reason: 'A reason is required; too short',
    });
    // two problems in one field (a template using two undeclared variables) are both shown
    expect(
      fieldErrorsFromDetails([
        { field: 'content', messages: ['{{doctor}} is not a declared variable'], code: 'UNDECLARED_VARIABLE' },
        { field: 'content', messages: ['{{slot}} is not a declared variable'], code: 'UNDECLARED_VARIABLE' },
      ]),
    ).toEqual({ content: '{{doctor}} is not a declared variable; {{slot}} is not a declared variable' });
    expect(fieldErrorsFromDetails('nothing about fields')).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('update sends only what changed and never server-owned fields', () => {
    const previous = { id: 'l1', hospitalId: 'h1', firstName: 'Ana', status: 'NEW', tags: ['vip'], updatedAt: 'x' };
    const next = { ...previous, status: 'CONTACTED', tags: ['vip', 'cardio'] };
    expect(buildUpdateBody(next, previous)).toEqual({ status: 'CONTACTED', tags: ['vip', 'cardio'] });
  });

  it('create strips server-owned fields', () => {
    expect(buildCreateBody({ id: 'tmp', firstName: 'Ana', createdAt: 'x' })).toEqual({ firstName: 'Ana' });
  });
});
