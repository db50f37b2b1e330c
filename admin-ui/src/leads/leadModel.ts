// What the lead form sends and how the lead is read back: the API refuses unknown fields
// (forbidNonWhitelisted) and wants dates as YYYY-MM-DD or ISO instants, so the form's values are
// cleaned here, once, and passed to Create and Edit as `transform`.
import { toInstant } from '../common/display';
import type { DuplicateLeadDetails } from '../providers/apiTypes';

/** Fields PUT /crm/leads/:id accepts (status, assignment and tags have their own endpoints). */
export const EDITABLE_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'source',
  'sourceDetail',
  'dateOfBirth',
  'gender',
  'address',
  'interestedIn',
  'preferredDate',
  'nextFollowUpAt',
  'notes',
  'doNotMarket',
] as const;

/** POST /crm/leads also takes the owner and the first tags. */
export const CREATE_FIELDS = [...EDITABLE_FIELDS, 'assignedToId', 'tagIds'] as const;

const DATE_ONLY = new Set(['dateOfBirth']);
const INSTANTS = new Set(['preferredDate', 'nextFollowUpAt']);

const pad = (n: number) => String(n).padStart(2, '0');

/** '1980-04-12', '1980-04-12T00:00:00.000Z' or a Date → '1980-04-12' (the calendar day as written). */
export const toDateOnly = (value: unknown): string | undefined => {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match ? match[1] : undefined;
};

/** Trimmed, blanks dropped, each entry once (the first spelling wins), in the order typed. */
const cleanList = (value: unknown): string[] => {
  const items = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((item) => String(item ?? '').trim());
  const seen = new Set<string>();
  return items.filter((text) => {
    const key = text.toLowerCase();
    if (!text || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The form's values as the API wants them. On create, a blank field is left out; on edit it is
 * sent as null, which clears it (an emptied email must not silently keep the old one).
 */
export const cleanLead = (data: Record<string, unknown>, mode: 'create' | 'edit'): Record<string, unknown> => {
  const fields: readonly string[] = mode === 'create' ? CREATE_FIELDS : EDITABLE_FIELDS;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field in data)) continue;
    const value = data[field];
    if (field === 'interestedIn') {
      out[field] = cleanList(value);
    } else if (field === 'tagIds') {
      const ids = Array.isArray(value) ? value.filter((id) => typeof id === 'string' && id) : [];
      if (ids.length) out[field] = ids;
    } else if (field === 'doNotMarket') {
      out[field] = Boolean(value);
    } else if (isBlank(value)) {
      if (mode === 'edit' && field !== 'firstName' && field !== 'lastName' && field !== 'source') out[field] = null;
    } else if (DATE_ONLY.has(field)) {
      out[field] = toDateOnly(value) ?? null;
    } else if (INSTANTS.has(field)) {
      out[field] = toInstant(value) ?? null;
    } else if (typeof value === 'string') {
      out[field] = field === 'email' ? value.trim().toLowerCase() : value.trim();
    } else {
      out[field] = value;
    }
  }
  return out;
};

export const transformCreate = (data: Record<string, unknown>) => cleanLead(data, 'create');
/**
 * Edit's transform: react-admin passes the record as it was loaded, and fields that read the same
 * once cleaned (a birth date loaded as an ISO instant, say) are left out, so the lead's history
 * lists only what the person really changed.
 */
export const transformEdit = (data: Record<string, unknown>, options?: { previousData?: Record<string, unknown> }) => {
  const body = cleanLead(data, 'edit');
  if (!options?.previousData) return body;
  const before = cleanLead(options.previousData, 'edit');
  for (const key of Object.keys(body)) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(body[key] ?? null)) delete body[key];
  }
  return body;
};

// The API's own rules (create-lead.dto.ts), checked in the form so the message comes before the request.
const PHONE = /^\+?\d{6,15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** null when valid or empty; else the i18n key of the message. */
export const phoneError = (value: unknown): string | null => {
  if (isBlank(value)) return null;
  return PHONE.test(String(value).replace(/[\s().-]/g, '')) ? null : 'resources.leads.validation.phone';
};

export const emailError = (value: unknown): string | null => {
  if (isBlank(value)) return null;
  return EMAIL.test(String(value).trim()) ? null : 'resources.leads.validation.email';
};

/** The open duplicate named by a 409 from POST /crm/leads, or null for any other error. */
export const duplicateFromError = (error: unknown): DuplicateLeadDetails | null => {
  if (typeof error !== 'object' || error === null) return null;
  const { status, body } = error as { status?: number; body?: unknown };
  if (status !== 409 || typeof body !== 'object' || body === null) return null;
  const details = (body as { error?: { details?: unknown } }).error?.details;
  if (typeof details !== 'object' || details === null) return null;
  const { existingLeadId, leadNumber } = details as Record<string, unknown>;
  return typeof existingLeadId === 'string' && typeof leadNumber === 'string' ? { existingLeadId, leadNumber } : null;
};
