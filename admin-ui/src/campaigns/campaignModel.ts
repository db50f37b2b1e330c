// Pure rules of the campaign screens: the audience form ↔ the seed's JSON, which controls each
// status allows, and the progress bar's numbers. No React, so every rule is unit-tested in node.
import type { AudienceSpec, CampaignStatus, ContactType, Gender } from '@hospital-crm/domain';

/** The audience as the form holds it: every input a plain value, blanks for "not used". */
export type AudienceForm = {
  contactTypes: ContactType[];
  ageMin: number | null;
  ageMax: number | null;
  gender: Gender[];
  lastVisitWithin: number | null;
  conditions: string[];
  departments: string[];
  engagementMin: number | null;
  tags: string[];
  excludeTags: string[];
};

export const EMPTY_AUDIENCE_FORM: AudienceForm = {
  contactTypes: [],
  ageMin: null,
  ageMax: null,
  gender: [],
  lastVisitWithin: null,
  conditions: [],
  departments: [],
  engagementMin: null,
  tags: [],
  excludeTags: [],
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Numbers typed in a field arrive as numbers, strings or blanks. */
export const toNumber = (value: unknown): number | null => {
  if (isNumber(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

const names = (value: unknown): string[] =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .filter((v): v is string => typeof v === 'string')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
        ),
      ]
    : [];

/** The form → the API's spec: blanks and empty lists are left out (every filter is optional). */
export const audienceFromForm = (form: Partial<AudienceForm> | undefined): AudienceSpec => {
  const f = { ...EMPTY_AUDIENCE_FORM, ...form };
  const spec: AudienceSpec = {};
  if (f.contactTypes?.length) spec.contactTypes = [...f.contactTypes];
  const ageMin = toNumber(f.ageMin);
  const ageMax = toNumber(f.ageMax);
  if (ageMin !== null || ageMax !== null) spec.ageRange = { ...(ageMin !== null && { min: ageMin }), ...(ageMax !== null && { max: ageMax }) };
  if (f.gender?.length) spec.gender = [...f.gender];
  const within = toNumber(f.lastVisitWithin);
  if (within !== null) spec.lastVisit = { within };
  for (const key of ['conditions', 'departments', 'tags', 'excludeTags'] as const) {
    const list = names(f[key]);
    if (list.length) spec[key] = list;
  }
  const engagementMin = toNumber(f.engagementMin);
  if (engagementMin !== null) spec.engagementScore = { min: engagementMin };
  return spec;
};

/** The API's spec (or anything stored as one) → the form; unknown parts are dropped. */
export const formFromAudience = (audience: unknown): AudienceForm => {
  const spec = (typeof audience === 'object' && audience !== null ? audience : {}) as Record<string, unknown>;
  const range = (spec.ageRange ?? {}) as Record<string, unknown>;
  const lastVisit = (spec.lastVisit ?? {}) as Record<string, unknown>;
  const engagement = (spec.engagementScore ?? {}) as Record<string, unknown>;
  return {
    contactTypes: Array.isArray(spec.contactTypes) ? (spec.contactTypes as ContactType[]) : [],
    ageMin: toNumber(range.min),
    ageMax: toNumber(range.max),
    gender: Array.isArray(spec.gender) ? (spec.gender as Gender[]) : [],
    lastVisitWithin: toNumber(lastVisit.within),
    conditions: names(spec.conditions),
    departments: names(spec.departments),
    engagementMin: toNumber(engagement.min),
    tags: names(spec.tags),
    excludeTags: names(spec.excludeTags),
  };
};

/** The API names a refused filter `audience.ageRange.min`; the form's input for it. */
const FIELD_INPUTS: Record<string, keyof AudienceForm> = {
  contactTypes: 'contactTypes',
  ageRange: 'ageMin',
  'ageRange.min': 'ageMin',
  'ageRange.max': 'ageMax',
  gender: 'gender',
  lastVisit: 'lastVisitWithin',
  'lastVisit.within': 'lastVisitWithin',
  conditions: 'conditions',
  departments: 'departments',
  engagementScore: 'engagementMin',
  'engagementScore.min': 'engagementMin',
  'engagementScore.max': 'engagementMin',
  tags: 'tags',
  excludeTags: 'excludeTags',
};

/** `{ 'audience.ageRange.min': msg }` → `{ ageMin: msg }`; fields the form has no input for go under `_`. */
export const audienceInputErrors = (errors: Record<string, string>): Partial<Record<keyof AudienceForm | '_', string>> => {
  const result: Partial<Record<keyof AudienceForm | '_', string>> = {};
  for (const [field, message] of Object.entries(errors)) {
    const path = field.replace(/^audience\.?/, '');
    const input = FIELD_INPUTS[path] ?? FIELD_INPUTS[path.replace(/\[\d+\]$|\.\d+$/, '')];
    const key = input ?? '_';
    result[key] = result[key] ? `${result[key]}; ${message}` : message;
  }
  return result;
};

export type CampaignAction = 'launch' | 'reschedule' | 'pause' | 'resume' | 'cancel' | 'edit' | 'delete';

/** The controls each status allows (the lifecycle in domain/campaign-lifecycle.ts). */
const ACTIONS: Record<CampaignStatus, readonly CampaignAction[]> = {
  DRAFT: ['launch', 'edit', 'delete'],
  SCHEDULED: ['reschedule', 'cancel'],
  RUNNING: ['pause', 'cancel'],
  PAUSED: ['resume', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};

export const allowedActions = (status: CampaignStatus): readonly CampaignAction[] => ACTIONS[status] ?? [];
export const canDo = (status: CampaignStatus, action: CampaignAction): boolean => allowedActions(status).includes(action);

/** Statuses whose progress moves by itself: the control room polls while in them. */
export const isLive = (status: CampaignStatus): boolean => status === 'RUNNING' || status === 'SCHEDULED';

/** 0-100, whole: processed of total (a campaign with nobody to send to is done). */
export const progressPercent = (processed: number, total: number): number => {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((processed / total) * 100)));
};

/** The value of a datetime-local input → ISO, or undefined for a blank or unreadable one. */
export const isoFromLocalInput = (value: unknown): string | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The fields the API takes for a draft, from the form (audience spelled as the spec). */
export const campaignBody = (data: Record<string, unknown>): Record<string, unknown> => {
  const body: Record<string, unknown> = {
    name: typeof data.name === 'string' ? data.name.trim() : data.name,
    campaignType: data.campaignType,
    channel: data.channel,
    templateId: data.templateId,
    audience: audienceFromForm(data.audienceForm as Partial<AudienceForm> | undefined),
  };
  if (typeof data.description === 'string' && data.description.trim() !== '') body.description = data.description.trim();
  const cost = toNumber(data.costPerMessage);
  if (cost !== null) body.costPerMessage = cost;
  const budget = toNumber(data.budget);
  if (budget !== null) body.budget = budget;
  const scheduledAt = isoFromLocalInput(data.scheduledAt);
  if (scheduledAt) body.scheduledAt = scheduledAt;
  return body;
};
