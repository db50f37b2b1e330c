import { randomUUID } from 'node:crypto';
import type { Area } from '@hospital-crm/domain';
import type { TestApp } from '../../support/test-app';
import type { HospitalRows } from './hospital-rows';

const soon = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

/** How to call one operation of the OpenAPI document with a hospital's real rows. */
export type RouteEntry =
  /** Staff routes behind a bearer token; `area` is the access table's column ('signed-in': every role). */
  | {
      auth: 'staff';
      area: Area | 'signed-in';
      params?: (rows: HospitalRows) => Record<string, string>;
      query?: Record<string, string>;
      body?: (rows: HospitalRows) => unknown;
    }
  /** Host-system routes behind an API key: the hospital is the key's. */
  | { auth: 'api-key'; body: (rows: HospitalRows) => unknown }
  /** No token: the route checks its own credential (a password, a signature, a signed link's token). */
  | { auth: 'public'; why: string };

const id = (pick: (rows: HospitalRows) => string) => (rows: HospitalRows) => ({ id: pick(rows) });
const lead = id((r) => r.leadId);
const task = id((r) => r.taskId);
const tag = id((r) => r.tagId);
const template = id((r) => r.templateId);
const communication = id((r) => r.communicationId);
const campaign = id((r) => r.campaignId);
const survey = id((r) => r.surveyId);

/**
 * Every operation of /api/docs/json, keyed `METHOD path`. A new endpoint without an entry here
 * fails the security suites until someone says how to call it.
 */
export const ROUTES: Record<string, RouteEntry> = {
  'POST /api/v1/auth/login': { auth: 'public', why: 'the password is the credential; brute force is rate limited (auth.e2e-spec.ts)' },
  'GET /api/v1/auth/me': { auth: 'staff', area: 'signed-in' },
  'GET /api/v1/health': { auth: 'public', why: 'says only whether the database and Temporal answer' },
  'GET /api/v1/hospitals': { auth: 'staff', area: 'signed-in' },

  'GET /api/v1/users': { auth: 'staff', area: 'users' },
  'GET /api/v1/users/assignable': { auth: 'staff', area: 'leads' },
  'GET /api/v1/users/doctors': { auth: 'staff', area: 'leads' },
  'GET /api/v1/users/{id}': { auth: 'staff', area: 'users', params: id((r) => r.staffId) },
  'PATCH /api/v1/users/{id}/deactivate': { auth: 'staff', area: 'users', params: id((r) => r.staffId), body: () => ({}) },
  'PATCH /api/v1/users/{id}/role': { auth: 'staff', area: 'users', params: id((r) => r.staffId), body: () => ({ role: 'NURSE' }) },

  'GET /api/v1/crm/settings': { auth: 'staff', area: 'settings' },
  'PUT /api/v1/crm/settings': { auth: 'staff', area: 'settings', body: () => ({ frequencyCapPerWeek: 4 }) },

  'POST /api/v1/crm/leads/import': { auth: 'staff', area: 'leads' },
  'GET /api/v1/crm/leads/import/{jobId}': { auth: 'staff', area: 'leads', params: (r) => ({ jobId: r.importJobId }) },
  'GET /api/v1/crm/leads/export': { auth: 'staff', area: 'leads' },
  'GET /api/v1/crm/leads': { auth: 'staff', area: 'leads' },
  'POST /api/v1/crm/leads': { auth: 'staff', area: 'leads', body: () => ({ firstName: 'New', lastName: 'Lead', source: 'WALK_IN' }) },
  'GET /api/v1/crm/leads/stats': { auth: 'staff', area: 'leads' },
  'GET /api/v1/crm/leads/{id}': { auth: 'staff', area: 'leads', params: lead },
  'PUT /api/v1/crm/leads/{id}': { auth: 'staff', area: 'leads', params: lead, body: () => ({ notes: 'changed by a probe' }) },
  'DELETE /api/v1/crm/leads/{id}': { auth: 'staff', area: 'leads', params: lead },
  'PATCH /api/v1/crm/leads/{id}/status': { auth: 'staff', area: 'leads', params: lead, body: () => ({ status: 'CONTACTED' }) },
  'PATCH /api/v1/crm/leads/{id}/move': { auth: 'staff', area: 'leads', params: lead, body: () => ({ status: 'CONTACTED', position: 0 }) },
  'PATCH /api/v1/crm/leads/{id}/assign': { auth: 'staff', area: 'leads', params: lead, body: (r) => ({ assignedToId: r.hospital.users.receptionist.id }) },
  'POST /api/v1/crm/leads/{id}/convert': { auth: 'staff', area: 'leads', params: lead, body: () => ({}) },
  'GET /api/v1/crm/leads/{id}/timeline': { auth: 'staff', area: 'leads', params: lead },
  'POST /api/v1/crm/leads/{id}/tags': { auth: 'staff', area: 'leads', params: lead, body: (r) => ({ tagIds: [r.tagId] }) },
  'DELETE /api/v1/crm/leads/{id}/tags/{tagId}': { auth: 'staff', area: 'leads', params: (r) => ({ id: r.leadId, tagId: r.tagId }) },

  'GET /api/v1/crm/tasks': { auth: 'staff', area: 'tasks' },
  'POST /api/v1/crm/tasks': {
    auth: 'staff',
    area: 'tasks',
    body: (r) => ({ title: 'Probe', taskType: 'FOLLOW_UP_CALL', dueDate: soon(), assignedToId: r.hospital.users.receptionist.id, leadId: r.leadId }),
  },
  'GET /api/v1/crm/tasks/my': { auth: 'staff', area: 'tasks' },
  'GET /api/v1/crm/tasks/overdue': { auth: 'staff', area: 'tasks' },
  'GET /api/v1/crm/tasks/today': { auth: 'staff', area: 'tasks' },
  'GET /api/v1/crm/tasks/stats': { auth: 'staff', area: 'reports', query: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } },
  'GET /api/v1/crm/tasks/{id}': { auth: 'staff', area: 'tasks', params: task },
  'PUT /api/v1/crm/tasks/{id}': { auth: 'staff', area: 'tasks', params: task, body: () => ({ title: 'Renamed by a probe' }) },
  'PATCH /api/v1/crm/tasks/{id}/status': { auth: 'staff', area: 'tasks', params: task, body: () => ({ status: 'IN_PROGRESS' }) },

  'GET /api/v1/crm/tags': { auth: 'staff', area: 'tags' },
  'POST /api/v1/crm/tags': { auth: 'staff', area: 'tags', body: () => ({ name: `probe-${Date.now()}` }) },
  'GET /api/v1/crm/tags/{id}': { auth: 'staff', area: 'tags', params: tag },
  'PUT /api/v1/crm/tags/{id}': { auth: 'staff', area: 'tags', params: tag, body: () => ({ color: '#123456' }) },
  'DELETE /api/v1/crm/tags/{id}': { auth: 'staff', area: 'tags', params: tag },

  'GET /api/v1/notifications': { auth: 'staff', area: 'signed-in' },
  'GET /api/v1/notifications/unread-count': { auth: 'staff', area: 'signed-in' },
  'PATCH /api/v1/notifications/{id}/read': { auth: 'staff', area: 'signed-in', params: id((r) => r.notificationId) },
  'POST /api/v1/notifications/read-all': { auth: 'staff', area: 'signed-in' },

  'GET /api/v1/crm/communications': { auth: 'staff', area: 'communications' },
  'POST /api/v1/crm/communications': {
    auth: 'staff',
    area: 'communications',
    body: (r) => ({ channel: 'PHONE_CALL', direction: 'OUTBOUND', leadId: r.leadId }),
  },
  'POST /api/v1/crm/communications/send': {
    auth: 'staff',
    area: 'communications',
    body: (r) => ({ channel: 'EMAIL', leadId: r.leadId, subject: 'Hi', body: 'Hello' }),
  },
  'POST /api/v1/crm/communications/schedule': {
    auth: 'staff',
    area: 'communications',
    body: (r) => ({ channel: 'EMAIL', leadId: r.leadId, subject: 'Hi', body: 'Hello', sendAt: soon() }),
  },
  'POST /api/v1/crm/communications/{id}/cancel': { auth: 'staff', area: 'communications', params: communication },
  'PATCH /api/v1/crm/communications/{id}/schedule': { auth: 'staff', area: 'communications', params: communication, body: () => ({ sendAt: soon() }) },
  'GET /api/v1/crm/communications/stats': { auth: 'staff', area: 'communications' },
  'GET /api/v1/crm/communications/{id}': { auth: 'staff', area: 'communications', params: communication },

  'GET /api/v1/crm/templates': { auth: 'staff', area: 'templates' },
  'POST /api/v1/crm/templates': {
    auth: 'staff',
    area: 'templates',
    body: () => ({ name: `Probe ${Date.now()}`, channel: 'SMS', category: 'FOLLOW_UP', content: 'Hi {{firstName}}' }),
  },
  'GET /api/v1/crm/templates/{id}': { auth: 'staff', area: 'templates', params: template },
  'PUT /api/v1/crm/templates/{id}': { auth: 'staff', area: 'templates', params: template, body: () => ({ name: 'Renamed by a probe' }) },
  'DELETE /api/v1/crm/templates/{id}': { auth: 'staff', area: 'templates', params: template },
  'POST /api/v1/crm/templates/{id}/preview': { auth: 'staff', area: 'templates', params: template, body: (r) => ({ leadId: r.leadId }) },

  'POST /api/v1/integrations/api-keys': { auth: 'staff', area: 'integrations', body: () => ({ name: 'probe', scopes: ['leads:write'] }) },
  'GET /api/v1/integrations/api-keys': { auth: 'staff', area: 'integrations' },
  'DELETE /api/v1/integrations/api-keys/{id}': { auth: 'staff', area: 'integrations', params: id((r) => r.apiKeyId) },
  'POST /api/v1/crm/integrations/leads': { auth: 'api-key', body: () => ({ firstName: 'Web', lastName: 'Inquiry', email: 'web.inquiry@test.example' }) },
  'POST /api/v1/crm/integrations/appointments/completed': {
    auth: 'api-key',
    body: (r) => ({ appointmentId: randomUUID(), patientId: r.patientId, completedAt: new Date().toISOString() }),
  },
  'POST /api/v1/crm/integrations/admissions/discharged': {
    auth: 'api-key',
    body: (r) => ({ admissionId: randomUUID(), patientId: r.patientId, dischargedAt: new Date().toISOString() }),
  },

  'GET /api/v1/crm/reports/dashboard': { auth: 'staff', area: 'reports' },
  'GET /api/v1/crm/reports/lead-conversion': { auth: 'staff', area: 'reports' },
  'GET /api/v1/crm/reports/communication-metrics': { auth: 'staff', area: 'reports' },
  'GET /api/v1/crm/reports/staff-performance': { auth: 'staff', area: 'reports' },
  'GET /api/v1/crm/reports/roi-by-source': { auth: 'staff', area: 'reports' },
  'GET /api/v1/crm/reports/charts': { auth: 'staff', area: 'reports' },

  'GET /api/v1/crm/surveys': { auth: 'staff', area: 'surveys' },
  'POST /api/v1/crm/surveys': {
    auth: 'staff',
    area: 'surveys',
    body: () => ({ name: 'Probe survey', surveyType: 'NPS', questions: [{ id: 'nps', type: 'NPS', text: 'Recommend us?', order: 0 }] }),
  },
  'GET /api/v1/crm/surveys/{id}': { auth: 'staff', area: 'surveys', params: survey },
  'PUT /api/v1/crm/surveys/{id}': { auth: 'staff', area: 'surveys', params: survey, body: () => ({ name: 'Renamed by a probe' }) },
  'GET /api/v1/crm/surveys/{id}/responses': { auth: 'staff', area: 'surveys', params: survey },
  'GET /api/v1/crm/surveys/{id}/analytics': { auth: 'staff', area: 'surveys', params: survey },
  'GET /api/v1/crm/public/surveys/{token}': {
    auth: 'public',
    why: 'a random 32-byte link token, stored hashed (surveys.e2e-spec.ts, forged-links.e2e-spec.ts)',
  },
  'POST /api/v1/crm/public/surveys/{token}': { auth: 'public', why: 'a random 32-byte link token, stored hashed' },
  'GET /api/v1/crm/public/surveys/{token}/page': { auth: 'public', why: 'a random 32-byte link token, stored hashed' },
  'POST /api/v1/crm/public/surveys/{token}/page': { auth: 'public', why: 'a random 32-byte link token, stored hashed' },

  'GET /api/v1/crm/campaigns': { auth: 'staff', area: 'campaigns' },
  'POST /api/v1/crm/campaigns': {
    auth: 'staff',
    area: 'campaigns',
    body: (r) => ({ name: 'Probe campaign', campaignType: 'PROMOTION', channel: 'EMAIL', templateId: r.templateId, audience: { contactTypes: ['LEAD'] } }),
  },
  'POST /api/v1/crm/campaigns/audience/preview': { auth: 'staff', area: 'campaigns', body: () => ({ channel: 'EMAIL', audience: { contactTypes: ['LEAD'] } }) },
  'GET /api/v1/crm/campaigns/{id}': { auth: 'staff', area: 'campaigns', params: campaign },
  'PUT /api/v1/crm/campaigns/{id}': { auth: 'staff', area: 'campaigns', params: campaign, body: () => ({ name: 'Renamed by a probe' }) },
  'DELETE /api/v1/crm/campaigns/{id}': { auth: 'staff', area: 'campaigns', params: campaign },
  'POST /api/v1/crm/campaigns/{id}/launch': { auth: 'staff', area: 'campaigns', params: campaign, body: () => ({}) },
  'PATCH /api/v1/crm/campaigns/{id}/pause': { auth: 'staff', area: 'campaigns', params: campaign },
  'PATCH /api/v1/crm/campaigns/{id}/resume': { auth: 'staff', area: 'campaigns', params: campaign },
  'PATCH /api/v1/crm/campaigns/{id}/cancel': { auth: 'staff', area: 'campaigns', params: campaign },
  'POST /api/v1/crm/campaigns/{id}/cancel': { auth: 'staff', area: 'campaigns', params: campaign },
  'PATCH /api/v1/crm/campaigns/{id}/schedule': { auth: 'staff', area: 'campaigns', params: campaign, body: () => ({ startAt: soon() }) },
  'GET /api/v1/crm/campaigns/{id}/progress': { auth: 'staff', area: 'campaigns', params: campaign },
  'GET /api/v1/crm/campaigns/{id}/analytics': { auth: 'staff', area: 'campaigns', params: campaign },

  'POST /api/v1/crm/webhooks/ses': { auth: 'public', why: "SNS message signature checked against AWS's certificate (webhooks.e2e-spec.ts)" },
  'POST /api/v1/crm/webhooks/twilio/status': { auth: 'public', why: 'X-Twilio-Signature over URL and form (webhooks.e2e-spec.ts)' },
  'POST /api/v1/crm/webhooks/twilio/inbound': { auth: 'public', why: 'X-Twilio-Signature over URL and form (webhooks.e2e-spec.ts)' },
  'GET /api/v1/crm/unsubscribe/{token}': { auth: 'public', why: 'HMAC-signed link token (unsubscribe.e2e-spec.ts)' },
  'POST /api/v1/crm/unsubscribe/{token}': { auth: 'public', why: 'HMAC-signed link token (unsubscribe.e2e-spec.ts)' },
};

export interface Operation {
  key: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** The query parameters the document lists for it. */
  query: string[];
  entry: RouteEntry | undefined;
}

/** The operations the running app documents, each with its entry in ROUTES (undefined: missing). */
export async function documentedOperations(t: TestApp): Promise<Operation[]> {
  const doc = await t.http().get('/api/docs/json');
  const operations: Operation[] = [];
  type Documented = { parameters?: Array<{ name: string; in: string }> };
  for (const [path, methods] of Object.entries(doc.body.paths as Record<string, Record<string, Documented>>)) {
    for (const [method, documented] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const query = (documented.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      operations.push({ key, method: method as Operation['method'], path, query, entry: ROUTES[key] });
    }
  }
  return operations;
}

/** The concrete URL of an operation with the path parameters filled in. */
export function urlFor(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(params[name]);
  });
}

/** Calls an operation as the holder of `token`, with the entry's body built from `rows`. */
export function callAs(t: TestApp, op: Operation, token: string | undefined, rows: HospitalRows) {
  const entry = op.entry;
  const params = entry?.auth === 'staff' && entry.params ? entry.params(rows) : {};
  let req = t.http()[op.method](urlFor(op.path, params));
  if (entry?.auth === 'staff' && entry.query) req = req.query(entry.query);
  if (token !== undefined) req = req.set('Authorization', `Bearer ${token}`);
  const body = entry && entry.auth !== 'public' && entry.body ? entry.body(rows) : undefined;
  return body === undefined ? req : req.send(body as object);
}

export const isIdRoute = (op: Operation) => /\{\w+\}/.test(op.path);

type Answer = Awaited<ReturnType<typeof callAs>>;

/** Calls each operation in turn and lists those whose answer `fits` refuses, for one readable failure. */
export async function misfits(
  t: TestApp,
  operations: Operation[],
  token: string | undefined,
  rows: HospitalRows,
  fits: (res: Answer) => boolean,
): Promise<string[]> {
  const wrong: string[] = [];
  for (const op of operations) {
    const res = await callAs(t, op, token, rows);
    if (!fits(res)) wrong.push(`${op.key}: ${res.status} ${res.text.slice(0, 160)}`);
  }
  return wrong;
}
