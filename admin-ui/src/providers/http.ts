// The one fetch wrapper: every call to the API goes through here, so auth, hospital scope
// and the response envelope are handled in a single place.
import type { UserRole } from '@hospital-crm/domain';
import { HttpError } from 'react-admin';
import { session } from './session';
import { toQueryString, unwrapEnvelope, type QueryParams } from './dataProviderMapping';

export const API_BASE = '/api/v1';

/** The one role that may work in any hospital. */
export const SUPER_ADMIN: UserRole = 'SUPER_ADMIN';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: HttpMethod;
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
};

const buildHeaders = (hasBody: boolean): Headers => {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  const token = session.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // Only a SUPER_ADMIN may work in another hospital; everyone else is scoped by their token.
  const hospital = session.getHospital();
  if (hospital && session.getUser()?.role === SUPER_ADMIN) headers.set('X-Hospital-Id', hospital.id);
  return headers;
};

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // an HTML error page from a proxy, for instance
  }
};

export const http = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const { method = 'GET', query = [], body, signal } = options;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      method,
      headers: buildHeaders(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HttpError('crm.errors.network', 0, null);
  }
  return unwrapEnvelope<T>(response.status, await readBody(response), response.statusText);
};
