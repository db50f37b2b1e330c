// A campaign's audience: the seed's targeting JSON, its TypeScript type and the one validator that
// the API (400 naming each field), the console's live builder and the SQL compiler all trust.
import { CONTACT_TYPES, GENDERS, type ContactType, type Gender } from '../enums';
import { DO_NOT_CONTACT_TAG } from '../communications/consent';

/**
 * Who a campaign goes to. Every filter is optional; the filters present must all match.
 *
 * Each filter restricts the contact types whose records carry its data, and leaves the others alone:
 * - `ageRange`, `gender`: patients and leads (their own date of birth and gender; a contact without
 *   the value does not match).
 * - `departments`: patients (the departments of their appointments and admissions) and leads
 *   (the departments they said they are interested in, `interestedIn`). Names match ignoring case.
 * - `lastVisit`, `conditions`: patients only (leads have no visits and no diagnoses).
 * - `engagementScore`, `tags`: leads only (the score and the tags live on leads).
 * So the seed's example ("patients who visited within 90 days with diabetes, and engaged VIP
 * leads") reads as written. A filter that restricts none of the chosen contact types is refused.
 *
 * Always excluded, whatever the spec says (a campaign is marketing):
 * - contacts who opted out of marketing (`doNotMarket` on the lead or the patient; across a
 *   conversion both records speak for the one person), which is why `doNotMarket` may only be
 *   `false`, the seed's way of saying it;
 * - contacts tagged `do-not-contact` or any of `excludeTags` (a patient through the leads that
 *   were converted into them);
 * - addresses suppressed on the campaign's channel (unsubscribe, bounce, complaint, STOP);
 * - contacts without a usable address on the channel, and deleted leads.
 * One person is messaged once: a lead converted into a patient is represented by the patient when
 * patients are targeted, and one address receives the campaign once.
 */
export interface AudienceSpec {
  /** Default: both. */
  contactTypes?: ContactType[];
  /** Whole years, in the hospital's time zone, inclusive at both ends. */
  ageRange?: { min?: number; max?: number };
  gender?: Gender[];
  /** A completed visit within this many days. */
  lastVisit?: { within: number };
  conditions?: string[];
  departments?: string[];
  /** The lead score, 0-100, inclusive. */
  engagementScore?: { min: number; max?: number };
  /** Any of these tag names (ignoring case). */
  tags?: string[];
  excludeTags?: string[];
  /** Only `false`: opted-out contacts are never in a campaign's audience. */
  doNotMarket?: false;
}

/** The seed's example, verbatim: clinical patients and engaged VIP or corporate leads. */
export const SEED_AUDIENCE_EXAMPLE: AudienceSpec = {
  contactTypes: ['PATIENT', 'LEAD'],
  ageRange: { min: 30, max: 60 },
  gender: ['MALE', 'FEMALE'],
  lastVisit: { within: 90 },
  conditions: ['diabetes', 'hypertension'],
  departments: ['cardiology', 'endocrinology'],
  engagementScore: { min: 50 },
  tags: ['VIP', 'Corporate'],
  excludeTags: ['do-not-contact'],
  doNotMarket: false,
};

export const AUDIENCE_LIMITS = {
  maxAge: 130,
  /** Ten years. */
  maxLastVisitDays: 3650,
  maxScore: 100,
  /** Entries in one list filter (conditions, departments, tags, excludeTags). */
  maxListLength: 50,
  maxNameLength: 100,
} as const;

/** The contact types each filter narrows (see AudienceSpec). */
export const AUDIENCE_FILTER_TARGETS = {
  ageRange: CONTACT_TYPES,
  gender: CONTACT_TYPES,
  departments: CONTACT_TYPES,
  lastVisit: ['PATIENT'],
  conditions: ['PATIENT'],
  engagementScore: ['LEAD'],
  tags: ['LEAD'],
} as const satisfies Record<string, readonly ContactType[]>;

/** One thing wrong with a spec; `field` is its path inside the spec, e.g. `ageRange.min`. */
export interface AudienceProblem {
  field: string;
  message: string;
}

export type AudienceCheck = { ok: true; audience: AudienceSpec } | { ok: false; problems: AudienceProblem[] };

const KNOWN_KEYS = ['contactTypes', 'ageRange', 'gender', 'lastVisit', 'conditions', 'departments', 'engagementScore', 'tags', 'excludeTags', 'doNotMarket'];

type Problems = AudienceProblem[];
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Object filters may not carry keys of their own invention either. */
function unknownKeys(value: Fields, known: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      problems.push({ field: path ? `${path}.${key}` : key, message: `unknown ${path ? `${path} field` : 'audience filter'} "${key}"` });
  }
}

function enumList<T extends string>(value: unknown, allowed: readonly T[], field: string, problems: Problems): T[] | undefined {
  if (!Array.isArray(value) || value.some((v) => !(allowed as readonly unknown[]).includes(v))) {
    problems.push({ field, message: `${field} must be a list of ${allowed.join(', ')}` });
    return undefined;
  }
  return [...new Set(value as T[])];
}

/** Trimmed, without repeats (ignoring case); an empty list means the filter is not used. */
function nameList(value: unknown, field: string, problems: Problems): string[] | undefined {
  const { maxListLength, maxNameLength } = AUDIENCE_LIMITS;
  if (!Array.isArray(value) || value.length > maxListLength) {
    problems.push({ field, message: `${field} must be a list of at most ${maxListLength} names` });
    return undefined;
  }
  const bad = value.findIndex((v) => typeof v !== 'string' || !v.trim() || v.length > maxNameLength);
  if (bad >= 0) {
    problems.push({ field: `${field}.${bad}`, message: `each entry of ${field} must be text of 1 to ${maxNameLength} characters` });
    return undefined;
  }
  const seen = new Set<string>();
  return (value as string[]).map((v) => v.trim()).filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

function range(value: unknown, field: string, max: number, minRequired: boolean, problems: Problems): { min?: number; max?: number } | undefined {
  if (!isObject(value)) {
    problems.push({ field, message: `${field} must be an object like { "min": …, "max": … }` });
    return undefined;
  }
  const before = problems.length;
  unknownKeys(value, ['min', 'max'], field, problems);
  if (minRequired && value.min === undefined) problems.push({ field: `${field}.min`, message: `${field}.min is required` });
  if (!minRequired && value.min === undefined && value.max === undefined) problems.push({ field, message: `${field} needs a min, a max or both` });
  for (const end of ['min', 'max'] as const) {
    if (value[end] !== undefined && !isWhole(value[end], 0, max))
      problems.push({ field: `${field}.${end}`, message: `${field}.${end} must be a whole number from 0 to ${max}` });
  }
  if (problems.length > before) return undefined;
  const { min, max: upper } = value as { min?: number; max?: number };
  if (min !== undefined && upper !== undefined && min > upper) {
    problems.push({ field: `${field}.max`, message: `${field}.max (${upper}) must not be below ${field}.min (${min})` });
    return undefined;
  }
  return { ...(min !== undefined && { min }), ...(upper !== undefined && { max: upper }) };
}

function lastVisit(value: unknown, problems: Problems): { within: number } | undefined {
  const { maxLastVisitDays } = AUDIENCE_LIMITS;
  if (!isObject(value)) {
    problems.push({ field: 'lastVisit', message: 'lastVisit must be an object like { "within": 90 }' });
    return undefined;
  }
  const before = problems.length;
  unknownKeys(value, ['within'], 'lastVisit', problems);
  if (!isWhole(value.within, 1, maxLastVisitDays)) {
    problems.push({ field: 'lastVisit.within', message: `lastVisit.within must be a whole number of days from 1 to ${maxLastVisitDays}` });
  }
  return problems.length > before ? undefined : { within: value.within as number };
}

/** Filters that cannot narrow any of the chosen contact types are almost certainly a mistake. */
function applicability(audience: AudienceSpec, problems: Problems): void {
  const chosen = audience.contactTypes ?? CONTACT_TYPES;
  for (const [filter, targets] of Object.entries(AUDIENCE_FILTER_TARGETS)) {
    if (audience[filter as keyof AudienceSpec] === undefined) continue;
    if (!targets.some((t: ContactType) => chosen.includes(t))) {
      const who = targets.map((t: ContactType) => `${t.toLowerCase()}s`).join(' and ');
      problems.push({ field: filter, message: `${filter} applies to ${who} only; add ${targets.join(' or ')} to contactTypes or remove ${filter}` });
    }
  }
}

/**
 * Checks an audience spec as it arrives (unknown JSON) and returns it normalised: lists trimmed and
 * without repeats, empty optional lists dropped. Every problem names its field; unknown keys are refused.
 */
export function checkAudience(input: unknown): AudienceCheck {
  if (!isObject(input)) return { ok: false, problems: [{ field: '', message: 'the audience must be an object of filters' }] };
  const problems: Problems = [];
  unknownKeys(input, KNOWN_KEYS, '', problems);
  const audience: AudienceSpec = {};
  const { maxAge, maxScore } = AUDIENCE_LIMITS;

  if (input.contactTypes !== undefined) {
    const types = enumList(input.contactTypes, CONTACT_TYPES, 'contactTypes', problems);
    if (types && !types.length) problems.push({ field: 'contactTypes', message: 'contactTypes must name PATIENT, LEAD or both' });
    else if (types) audience.contactTypes = types;
  }
  if (input.ageRange !== undefined) {
    const ages = range(input.ageRange, 'ageRange', maxAge, false, problems);
    if (ages) audience.ageRange = ages;
  }
  if (input.gender !== undefined) {
    const genders = enumList(input.gender, GENDERS, 'gender', problems);
    if (genders?.length) audience.gender = genders;
  }
  if (input.lastVisit !== undefined) {
    const visit = lastVisit(input.lastVisit, problems);
    if (visit) audience.lastVisit = visit;
  }
  for (const key of ['conditions', 'departments', 'tags', 'excludeTags'] as const) {
    if (input[key] === undefined) continue;
    const names = nameList(input[key], key, problems);
    if (names?.length) audience[key] = names;
  }
  if (input.engagementScore !== undefined) {
    const score = range(input.engagementScore, 'engagementScore', maxScore, true, problems);
    if (score) audience.engagementScore = score as { min: number; max?: number };
  }
  if (input.doNotMarket !== undefined) {
    if (input.doNotMarket === false) audience.doNotMarket = false;
    else problems.push({ field: 'doNotMarket', message: 'doNotMarket can only be false: contacts who opted out of marketing are never in a campaign' });
  }
  if (!problems.length) applicability(audience, problems);
  return problems.length ? { ok: false, problems } : { ok: true, audience };
}

/** The tag names (lower case) that keep a contact out of every campaign with this audience. */
export function excludedTagNames(audience: AudienceSpec): string[] {
  return [...new Set([DO_NOT_CONTACT_TAG, ...(audience.excludeTags ?? [])].map((t) => t.toLowerCase()))];
}
