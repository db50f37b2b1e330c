// A campaign audience (domain's AudienceSpec) compiled to one parameterised SQL query.
// Every value travels as a bind parameter; only fixed SQL text is written into the statement.
import { Prisma } from '../generated/prisma/client';
import { excludedTagNames, type AudienceSpec, type SendableChannel } from '@hospital-crm/domain';

/** A row of the audience: one per person and address. */
export interface AudienceRow {
  contact_type: 'PATIENT' | 'LEAD';
  lead_id: string | null;
  patient_id: string | null;
  /** lower(email) for EMAIL; the stored phone number, already E.164, for SMS and WhatsApp. */
  address: string;
}

// Phone numbers are stored as people typed them, and SQL cannot run libphonenumber (domain's
// normalisePhone), so a phone is an address only when it already is E.164; others are left out.
const E164 = '^\\+[1-9][0-9]{6,14}$';
// The shape normaliseEmail insists on, loosely: one @, something on each side, a dot in the domain.
const EMAIL_SHAPE = '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$';

/** The order of the audience and of the ledger's seq: patients first, then leads, each by id. */
export const AUDIENCE_ORDER = Prisma.sql`a.contact_type DESC, coalesce(a.patient_id, a.lead_id)`;

interface Columns {
  email: Prisma.Sql;
  phone: Prisma.Sql;
  dateOfBirth: Prisma.Sql;
  gender: Prisma.Sql;
}

const PATIENT: Columns = { email: Prisma.sql`p.email`, phone: Prisma.sql`p.phone`, dateOfBirth: Prisma.sql`p."dateOfBirth"`, gender: Prisma.sql`p.gender` };
const LEAD: Columns = { email: Prisma.sql`l.email`, phone: Prisma.sql`l.phone`, dateOfBirth: Prisma.sql`l."dateOfBirth"`, gender: Prisma.sql`l.gender` };

const lower = (names: readonly string[]) => names.map((n) => n.toLowerCase());
const all = (conditions: Prisma.Sql[]) => Prisma.join(conditions, ' AND ');

function address(channel: SendableChannel, c: Columns): { value: Prisma.Sql; usable: Prisma.Sql } {
  if (channel === 'EMAIL') {
    const value = Prisma.sql`lower(btrim(${c.email}))`;
    return { value, usable: Prisma.sql`${value} ~ ${EMAIL_SHAPE}` };
  }
  const value = Prisma.sql`btrim(${c.phone})`;
  return { value, usable: Prisma.sql`${value} ~ ${E164}` };
}

/** Narrows an audience beyond its spec: a birthday campaign's run reaches those born on these days. */
export interface AudienceNarrowing {
  /** Birthdays as "MM-DD" (domain's birthdaysOn). */
  bornOn?: readonly string[];
}

/** Age, gender and birthday, which patients and leads both carry. Ages are whole years on the hospital's local date. */
function personFilters(hospitalId: string, spec: AudienceSpec, c: Columns, narrowing: AudienceNarrowing): Prisma.Sql[] {
  const today = Prisma.sql`(SELECT (now() AT TIME ZONE h.timezone)::date FROM "Hospital" h WHERE h.id = ${hospitalId}::uuid)`;
  const bornBy = (years: number) => Prisma.sql`(${today} - make_interval(years => ${years}::int))::date`;
  const filters: Prisma.Sql[] = [];
  // At least `min` years old: born on or before today minus min years.
  if (spec.ageRange?.min !== undefined) filters.push(Prisma.sql`${c.dateOfBirth} <= ${bornBy(spec.ageRange.min)}`);
  // At most `max` years old: not yet max + 1.
  if (spec.ageRange?.max !== undefined) filters.push(Prisma.sql`${c.dateOfBirth} > ${bornBy(spec.ageRange.max + 1)}`);
  if (spec.gender) filters.push(Prisma.sql`${c.gender}::text = ANY(${spec.gender}::text[])`);
  if (narrowing.bornOn) filters.push(Prisma.sql`to_char(${c.dateOfBirth}, 'MM-DD') = ANY(${narrowing.bornOn}::text[])`);
  return filters;
}

/** The ids of the hospital's tags with these names (ignoring case), as an array computed once (an InitPlan). */
const tagIds = (hospitalId: string, names: readonly string[]) =>
  Prisma.sql`ARRAY(SELECT t.id FROM "CRMTag" t WHERE t."hospitalId" = ${hospitalId}::uuid AND lower(t.name) = ANY(${lower(names)}::text[]))`;

/** One probe of CRMLeadTag's primary key (leadId, tagId). */
const taggedWith = (leadId: Prisma.Sql, tags: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "CRMLeadTag" lt WHERE lt."leadId" = ${leadId} AND lt."tagId" = ANY(${tags}))`;

function patientBranch(hospitalId: string, channel: SendableChannel, spec: AudienceSpec, excluded: Prisma.Sql, narrowing: AudienceNarrowing): Prisma.Sql {
  const to = address(channel, PATIENT);
  const filters = [
    Prisma.sql`p."hospitalId" = ${hospitalId}::uuid`,
    Prisma.sql`NOT p."doNotMarket"`,
    to.usable,
    ...personFilters(hospitalId, spec, PATIENT, narrowing),
    // The person also opted out, or was tagged out, as the lead they were converted from.
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "CRMLead" cl WHERE cl."convertedToPatientId" = p.id AND (cl."doNotMarket" OR ${taggedWith(Prisma.sql`cl.id`, excluded)}))`,
  ];
  if (spec.lastVisit) {
    // Prisma keeps UTC in `timestamp without time zone` columns: compare with UTC wall time, whatever the session's zone.
    const since = Prisma.sql`(now() AT TIME ZONE 'UTC') - make_interval(days => ${spec.lastVisit.within}::int)`;
    filters.push(Prisma.sql`(p."lastVisitAt" >= ${since}
      OR EXISTS (SELECT 1 FROM "Appointment" v WHERE v."patientId" = p.id AND v.status = 'COMPLETED' AND coalesce(v."completedAt", v."scheduledAt") >= ${since})
      OR EXISTS (SELECT 1 FROM "Admission" d WHERE d."patientId" = p.id AND d."dischargedAt" >= ${since}))`);
  }
  if (spec.conditions) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(p.conditions) AS c(name) WHERE lower(c.name) = ANY(${lower(spec.conditions)}::text[]))`);
  }
  if (spec.departments) {
    const names = lower(spec.departments);
    filters.push(Prisma.sql`(EXISTS (SELECT 1 FROM "Appointment" v WHERE v."patientId" = p.id AND v.status <> 'CANCELLED' AND lower(v.department) = ANY(${names}::text[]))
      OR EXISTS (SELECT 1 FROM "Admission" d WHERE d."patientId" = p.id AND lower(d.department) = ANY(${names}::text[])))`);
  }
  return Prisma.sql`SELECT 'PATIENT' AS contact_type, NULL::uuid AS lead_id, p.id AS patient_id, ${to.value} AS address
    FROM "Patient" p WHERE ${all(filters)}`;
}

function leadBranch(
  hospitalId: string,
  channel: SendableChannel,
  spec: AudienceSpec,
  excluded: Prisma.Sql,
  patientsTargeted: boolean,
  narrowing: AudienceNarrowing,
): Prisma.Sql {
  const to = address(channel, LEAD);
  const filters = [
    Prisma.sql`l."hospitalId" = ${hospitalId}::uuid`,
    Prisma.sql`l."deletedAt" IS NULL`,
    Prisma.sql`NOT l."doNotMarket"`,
    to.usable,
    ...personFilters(hospitalId, spec, LEAD, narrowing),
    Prisma.sql`NOT ${taggedWith(Prisma.sql`l.id`, excluded)}`,
    // A converted lead is the patient now: the patient branch decides for the person when patients
    // are targeted; otherwise the patient's own opt-out still counts.
    patientsTargeted
      ? Prisma.sql`l."convertedToPatientId" IS NULL`
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "Patient" cp WHERE cp.id = l."convertedToPatientId" AND cp."doNotMarket")`,
  ];
  if (spec.departments) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(l."interestedIn") AS i(name) WHERE lower(i.name) = ANY(${lower(spec.departments)}::text[]))`);
  }
  if (spec.engagementScore) {
    filters.push(Prisma.sql`l.score >= ${spec.engagementScore.min}::int`);
    if (spec.engagementScore.max !== undefined) filters.push(Prisma.sql`l.score <= ${spec.engagementScore.max}::int`);
  }
  if (spec.tags) filters.push(taggedWith(Prisma.sql`l.id`, tagIds(hospitalId, spec.tags)));
  return Prisma.sql`SELECT 'LEAD' AS contact_type, l.id AS lead_id, NULL::uuid AS patient_id, ${to.value} AS address
    FROM "CRMLead" l WHERE ${all(filters)}`;
}

/**
 * The audience of a campaign as one query: columns contact_type ('PATIENT' | 'LEAD'), lead_id,
 * patient_id and address, one row per person, in AUDIENCE_ORDER. The rules (who is targeted, who
 * is always left out) are documented on AudienceSpec; `spec` must have passed checkAudience.
 *
 * `ordered: false` leaves out the final sort, for counting; `bornOn` keeps only those born on those days.
 *
 * One person, one message: a lead converted into a patient is represented by the patient when
 * patients are targeted, and an address shared by several contacts (a family email, a lead who
 * inquired twice) is kept once: the patient, else the oldest lead (ids are time-ordered).
 *
 * Cost (measured at 1,000,000 leads; see audience-query.perf.md): each branch reads the hospital's
 * patients or leads once; every other test is an index probe (CRMLeadTag's primary key with the
 * tag ids computed once, CRMLead.convertedToPatientId, Appointment/Admission.patientId, the
 * suppression's unique key) or a hash join the planner picks; one sort dedupes addresses.
 * No CTEs: the planner cannot estimate them, and guessed a nested loop over one at 18 s.
 */
export function audienceQuery(
  hospitalId: string,
  channel: SendableChannel,
  spec: AudienceSpec,
  { ordered = true, ...narrowing }: { ordered?: boolean } & AudienceNarrowing = {},
): Prisma.Sql {
  const types = spec.contactTypes ?? ['PATIENT', 'LEAD'];
  const excluded = tagIds(hospitalId, excludedTagNames(spec));
  const branches = [
    ...(types.includes('PATIENT') ? [patientBranch(hospitalId, channel, spec, excluded, narrowing)] : []),
    ...(types.includes('LEAD') ? [leadBranch(hospitalId, channel, spec, excluded, types.includes('PATIENT'), narrowing)] : []),
  ];
  return Prisma.sql`SELECT a.contact_type, a.lead_id, a.patient_id, a.address FROM (
      SELECT DISTINCT ON (c.address) c.* FROM (${Prisma.join(branches, ' UNION ALL ')}) c
      WHERE NOT EXISTS (
        SELECT 1 FROM "ContactSuppression" s
        WHERE s."hospitalId" = ${hospitalId}::uuid AND s.channel = ${channel}::"CommunicationChannel" AND s.address = c.address)
      ORDER BY c.address, c.contact_type DESC, coalesce(c.patient_id, c.lead_id)
    ) a
    ${ordered ? Prisma.sql`ORDER BY ${AUDIENCE_ORDER}` : Prisma.empty}`;
}
