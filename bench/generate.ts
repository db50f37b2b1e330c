// Benchmark dataset, generated set-based inside PostgreSQL (INSERT … SELECT FROM generate_series):
// hospitals, staff, leads, tags, communications, tasks and activities, then VACUUM ANALYZE.
//
//   tsx bench/generate.ts --url postgresql://…/bench_50000 --leads 50000 [--hospitals 10]
//
// The marker row (bench.dataset) is written last: a run that fails part-way is regenerated from scratch.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import bcrypt from 'bcryptjs';
import pg from 'pg';
import * as V from './lib/vocabulary';

export const BENCH_PASSWORD = 'Bench#2026';
const HEAVY_TABLES = ['CRMLead', 'CRMLeadTag', 'CRMCommunication', 'CRMTask', 'CRMActivity'];
const SMALL_TABLES = ['Hospital', 'User', 'CRMTag', 'CRMSettings'];

/** Changes whenever the generator or its word lists change, so run.mjs knows to regenerate. */
export function generatorHash(): string {
  const files = ['generate.ts', 'lib/vocabulary.ts'].map((f) => fs.readFileSync(path.join(__dirname, f)));
  return crypto.createHash('sha256').update(Buffer.concat(files)).digest('hex').slice(0, 16);
}

/** `(CASE WHEN r < 0.22 THEN 'WEBSITE' … END)::"LeadSource"` from [value, weight] pairs. */
function weighted(r: string, weights: Array<[string, number]>, type?: string): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  const arms = weights.slice(0, -1).map(([value, w]) => {
    acc += w;
    return `WHEN ${r} < ${(acc / total).toFixed(4)} THEN ${lit(value)}`;
  });
  const expr = `(CASE ${arms.join(' ')} ELSE ${lit(weights[weights.length - 1][0])} END)`;
  return type ? `${expr}::"${type}"` : expr;
}

function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const textArray = (values: string[]) => `ARRAY[${values.map(lit).join(',')}]::text[]`;
const pick = (values: string[], r: string) => `pg_temp.pick(${textArray(values)}, ${r})`;

function statusByAge(age: string, r: string): string {
  const arms = V.STATUS_WEIGHTS_BY_AGE.map(([maxAge, weights]) =>
    Number.isFinite(maxAge) ? `WHEN ${age} < ${maxAge} THEN ${weighted(r, weights)}` : `ELSE ${weighted(r, weights)}`,
  );
  return `(CASE ${arms.join(' ')} END)::"LeadStatus"`;
}

const OPEN = `('NEW','CONTACTED','QUALIFIED','APPOINTMENT_SCHEDULED')`;
const MANUAL_CHANNELS = `('PHONE_CALL','IN_PERSON','VIDEO_CALL')`;

// uuid v7 (time-ordered, like Prisma's uuid(7)) from a timestamp, so ids sort by creation time as in production:
// 48 bits of milliseconds, version 7, 12 + 62 random bits from random() (cheaper than gen_random_uuid()).
export const HELPERS = `
CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(int8send((floor(date_part('epoch', ts) * 1000)::bigint << 16) | 28672 | floor(random() * 4096)::int)
    || int8send(-9223372036854775808 | (floor(random() * 2147483648)::bigint << 31) | floor(random() * 2147483648)::bigint), 'hex')::uuid
$$;
CREATE FUNCTION pg_temp.pick(arr text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT arr[1 + floor(r * cardinality(arr))::int] $$;
-- A random byte of a (random) uuid: per-row randomness that LATERAL subqueries can depend on.
CREATE FUNCTION pg_temp.b(id uuid, n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT get_byte(uuid_send(id), n) $$;`;

export function hospitalsSql(hospitals: number): string {
  const rows = Array.from({ length: hospitals }, (_, k) => {
    const h = V.HOSPITALS[k % V.HOSPITALS.length];
    const code = `H${String(k + 1).padStart(2, '0')}`;
    const name = k < V.HOSPITALS.length ? h.name : `${h.name} ${Math.floor(k / V.HOSPITALS.length) + 1}`;
    return `(${k + 1}, ${lit(name)}, ${lit(code)}, ${lit(h.timezone)}, ${lit(h.countryCode)})`;
  });
  return `
CREATE TEMP TABLE bench_h ON COMMIT DROP AS
  SELECT i, pg_temp.uuid7(now() - interval '3 years') AS id, name, code, tz, cc FROM (VALUES ${rows.join(',')}) v(i, name, code, tz, cc);
INSERT INTO "Hospital" (id, name, code, timezone, "createdAt", "updatedAt")
  SELECT id, name, code, tz, now() - interval '3 years', now() FROM bench_h;
INSERT INTO "CRMSettings" (id, "hospitalId", "quietHoursStart", "quietHoursEnd", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), id, '21:00', '08:00', now(), now() FROM bench_h;`;
}

// Per hospital: slots 1-2 admins, 3-6 receptionists (they own leads), 7-16 doctors, 17-18 nurses.
export function staffSql(passwordHash: string): string {
  return `
CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
  SELECT h.i AS hi, s AS slot, pg_temp.uuid7(now() - interval '3 years') AS id, h.id AS "hospitalId", h.code,
    CASE WHEN s <= 2 THEN 'HOSPITAL_ADMIN' WHEN s <= 6 THEN 'RECEPTIONIST' WHEN s <= 16 THEN 'DOCTOR' ELSE 'NURSE' END::"UserRole" AS role,
    CASE WHEN s <= 2 THEN 'admin' || s WHEN s <= 6 THEN 'reception' || (s - 2) WHEN s <= 16 THEN 'doctor' || (s - 6) ELSE 'nurse' || (s - 16) END AS login
  FROM bench_h h CROSS JOIN generate_series(1, 18) s;
INSERT INTO "User" (id, "hospitalId", email, "passwordHash", "firstName", "lastName", role, department, "createdAt", "updatedAt")
  SELECT id, "hospitalId", login || '@' || lower(code) || '.bench.example', ${lit(passwordHash)},
    ${pick(V.FIRST_NAMES, '((hi * 7 + slot * 13) % 97) / 97.0')}, ${pick(V.LAST_NAMES, '((hi * 11 + slot * 5) % 89) / 89.0')}, role,
    CASE WHEN role IN ('DOCTOR', 'NURSE') THEN ${pick(V.DEPARTMENTS, '(slot % 10) / 10.0')} END, now() - interval '3 years', now()
  FROM bench_staff;
-- Each hospital's staff ids by slot, so leads and tasks pick theirs by array index instead of a join.
ALTER TABLE bench_h ADD COLUMN staff uuid[];
UPDATE bench_h h SET staff = (SELECT array_agg(s.id ORDER BY s.slot) FROM bench_staff s WHERE s.hi = h.i);`;
}

export function tagsSql(): string {
  const rows = V.TAGS.map(([name, color, category], k) => `(${k + 1}, ${lit(name)}, ${lit(color)}, ${lit(category)})`);
  return `
CREATE TEMP TABLE bench_tag ON COMMIT DROP AS
  SELECT h.id AS "hospitalId", t.slot, gen_random_uuid() AS id, t.name, t.color, t.category
  FROM bench_h h CROSS JOIN (VALUES ${rows.join(',')}) t(slot, name, color, category);
INSERT INTO "CRMTag" (id, "hospitalId", name, color, category, "createdAt") SELECT id, "hospitalId", name, color, category, now() - interval '3 years' FROM bench_tag;`;
}

// Leads: lead n of hospital h is created at a steady pace over two years, so leadNumber order = creation order;
// position -n puts newer cards higher in their Kanban column, as the insert path does (min position - 1).
// Each layer computes a few columns once per row; OFFSET 0 fences stop the planner from flattening the layers,
// which would re-evaluate random() per reference and repeat the derived CASE expressions dozens of times.
export function leadsSql(leads: number, hospitals: number): string {
  const perHospital = Math.ceil(leads / hospitals);
  const sourceQuality = Object.entries(V.SOURCE_QUALITY)
    .map(([s, q]) => `WHEN '${s}' THEN ${q}`)
    .join(' ');
  const engagement = `(CASE b.status WHEN 'NEW' THEN 0 WHEN 'CONTACTED' THEN 6 WHEN 'QUALIFIED' THEN 12 WHEN 'APPOINTMENT_SCHEDULED' THEN 15 WHEN 'CONVERTED' THEN 18 ELSE 0 END + floor(b.r_eng * 12))::int`;
  return `
INSERT INTO "CRMLead" (id, "hospitalId", "leadNumber", "firstName", "lastName", email, phone, "dateOfBirth", gender, address, source, "sourceDetail",
  status, "statusChangedAt", position, score, "scoreBreakdown", "scoredAt", "interestedIn", "preferredDoctorId", "assignedToId", "nextFollowUpAt",
  "lastContactedAt", "lostReason", "convertedAt", "doNotMarket", "createdById", "deletedAt", "createdAt", "updatedAt")
SELECT pg_temp.uuid7(c.created), h.id, 'LD-' || h.code || '-' || lpad(c.n::text, 6, '0'), c.first, c.last,
  CASE WHEN c.r_email < 0.85 THEN lower(c.first || '.' || c.last) || c.g || '@' || ${pick(V.EMAIL_DOMAINS, 'c.r_dom')} END,
  -- (g * 48271) mod 10^9 is a bijection, so phones are unique yet look random.
  CASE WHEN c.r_phone < 0.97 THEN h.cc || (9000000000 + (c.g::bigint * 48271) % 1000000000)::text END,
  CASE WHEN c.r_dob < 0.6 THEN date '1945-01-01' + floor(c.r_dob * 45000)::int END,
  (CASE WHEN c.r_gender < 0.48 THEN 'MALE' WHEN c.r_gender < 0.96 THEN 'FEMALE' WHEN c.r_gender < 0.97 THEN 'OTHER' END)::"Gender",
  CASE WHEN c.r_addr < 0.5 THEN (1 + floor(c.r_addr * 600))::int || ' ' || ${pick(V.STREETS, 'c.r_dom')} || ', ' || ${pick(V.CITIES, 'c.r_eng')} END,
  c.source, CASE WHEN c.r_detail < 0.15 THEN 'Campaign ' || (1 + floor(c.r_detail * 100))::int END,
  c.status, c.status_at, -c.n::float8, c.sq + c.eng + c.resp + c.rec + c.interest,
  jsonb_build_object('sourceQuality', c.sq, 'engagement', c.eng, 'responseRate', c.resp, 'recency', c.rec, 'interestSignals', c.interest), c.status_at,
  c.interests, h.staff[c.doc_slot], h.staff[c.asg_slot],
  CASE WHEN c.status IN ${OPEN} AND c.r_fu < 0.7 THEN now() + (c.r_fu * 50 - 15) * interval '1 day' END,
  CASE WHEN c.status <> 'NEW' THEN c.status_at END,
  CASE WHEN c.status = 'LOST' THEN ${pick(V.LOST_REASONS, 'c.r_eng')} END,
  CASE WHEN c.status = 'CONVERTED' THEN c.status_at END,
  c.r_dnm < 0.03, CASE WHEN c.r_dnm > 0.3 THEN h.staff[c.asg_slot] END,
  CASE WHEN c.r_dnm > 0.99 THEN least(now(), c.status_at + interval '1 day') END,
  c.created, c.status_at
FROM (
  SELECT b.*, ${`CASE b.source ${sourceQuality} ELSE 5 END`} AS sq, ${engagement} AS eng,
    CASE WHEN b.status = 'NEW' THEN 0 ELSE floor(b.r_resp * 20)::int END AS resp,
    CASE WHEN b.age < 7 THEN 15 WHEN b.age < 14 THEN 10 WHEN b.age < 30 THEN 5 ELSE 0 END AS rec,
    least(15, cardinality(b.interests) * 5 + CASE WHEN b.doc_slot IS NULL THEN 0 ELSE 5 END) AS interest,
    CASE WHEN b.status = 'NEW' THEN b.created ELSE b.created + least(b.age * b.r_sa, 45) * interval '1 day' END AS status_at
  FROM (
    SELECT a.*, now() - a.age * interval '1 day' AS created,
      ${statusByAge('a.age', 'a.r_status')} AS status, ${weighted('a.r_source', V.SOURCE_WEIGHTS, 'LeadSource')} AS source,
      ${pick(V.FIRST_NAMES, 'a.r_first')} AS first, ${pick(V.LAST_NAMES, 'a.r_last')} AS last,
      CASE WHEN a.r_int < 0.35 THEN '{}'::text[] WHEN a.r_int < 0.8 THEN ARRAY[${pick(V.DEPARTMENTS, 'a.r_int2')}]
        ELSE ARRAY[${pick(V.DEPARTMENTS, 'a.r_int2')}, ${pick(V.DEPARTMENTS, '(a.r_int2 + 0.5)::numeric % 1')}] END AS interests,
      CASE WHEN a.r_asg < 0.85 THEN 3 + floor(a.r_asg / 0.85 * 4)::int END AS asg_slot,
      CASE WHEN a.r_doc < 0.1 THEN 7 + floor(a.r_doc * 100)::int END AS doc_slot
    FROM (
      SELECT g, (g - 1) % ${hospitals} + 1 AS hi, (g - 1) / ${hospitals} + 1 AS n,
        730 * (1 - ((g - 1) / ${hospitals} + random()) / ${perHospital}) AS age,
        random() AS r_status, random() AS r_source, random() AS r_first, random() AS r_last, random() AS r_email, random() AS r_dom,
        random() AS r_phone, random() AS r_dob, random() AS r_gender, random() AS r_addr, random() AS r_detail, random() AS r_eng,
        random() AS r_resp, random() AS r_sa, random() AS r_int, random() AS r_int2, random() AS r_asg, random() AS r_doc,
        random() AS r_fu, random() AS r_dnm
      FROM generate_series(1, ${leads}) g OFFSET 0
    ) a OFFSET 0
  ) b OFFSET 0
) c
JOIN bench_h h ON h.i = c.hi;
UPDATE "Hospital" h SET "leadSequence" = m.seq FROM (
  SELECT "hospitalId", max(substring("leadNumber" FROM '[0-9]+$')::int) AS seq FROM "CRMLead" GROUP BY 1) m WHERE m."hospitalId" = h.id;`;
}

// About 3 per lead: none or one for NEW leads, 1-6 for the rest, spread over the lead's first 60 days.
export function communicationsSql(): string {
  const message = `x.channel NOT IN ${MANUAL_CHANNELS}`;
  return `
INSERT INTO "CRMCommunication" (id, "hospitalId", "leadId", channel, direction, status, subject, body, "toAddress", "fromAddress", "initiatedById",
  outcome, "durationSeconds", "isMarketing", provider, "providerMessageId", "failureReason", "sentAt", "deliveredAt", "readAt", "respondedAt",
  "failedAt", "createdAt", "updatedAt")
SELECT pg_temp.uuid7(x.at), x."hospitalId", x.lead_id, x.channel, x.direction, x.status,
  CASE WHEN x.channel = 'EMAIL' THEN ${pick(V.EMAIL_SUBJECTS, 'x.r4')} END,
  CASE WHEN ${message} THEN ${pick(V.MESSAGE_BODIES, 'x.r4')} END,
  CASE WHEN x.direction = 'OUTBOUND' THEN CASE WHEN x.channel = 'EMAIL' THEN x.email ELSE x.phone END END,
  CASE WHEN x.direction = 'INBOUND' THEN CASE WHEN x.channel = 'EMAIL' THEN x.email ELSE x.phone END END,
  CASE WHEN x.direction = 'OUTBOUND' THEN x."assignedToId" END,
  CASE WHEN NOT ${message} THEN ${pick(V.CALL_OUTCOMES, 'x.r4')} END,
  CASE WHEN NOT ${message} THEN 30 + floor(x.r4 * 900)::int END,
  ${message} AND x.direction = 'OUTBOUND' AND x.r2 < 0.08,
  CASE WHEN ${message} AND x.direction = 'OUTBOUND' THEN CASE x.channel WHEN 'EMAIL' THEN 'ses' WHEN 'SMS' THEN 'sns' ELSE 'twilio' END END,
  CASE WHEN ${message} AND x.direction = 'OUTBOUND' THEN gen_random_uuid()::text END,
  CASE WHEN x.status = 'FAILED' THEN 'Undeliverable address' END,
  CASE WHEN ${message} AND x.direction = 'OUTBOUND' THEN x.at END,
  CASE WHEN x.status IN ('DELIVERED','READ','RESPONDED') THEN x.at + interval '5 seconds' END,
  CASE WHEN x.status IN ('READ','RESPONDED') THEN x.at + interval '1 hour' END,
  CASE WHEN x.status = 'RESPONDED' THEN x.at + interval '2 hours' END,
  CASE WHEN x.status = 'FAILED' THEN x.at + interval '5 seconds' END,
  x.at, x.at
FROM (
  SELECT y.*,
    CASE WHEN y.channel IN ${MANUAL_CHANNELS} THEN 'LOGGED' WHEN y.direction = 'INBOUND' THEN 'DELIVERED'
      ELSE ${weighted('y.r3', V.MESSAGE_STATUS_WEIGHTS)} END::"CommunicationStatus" AS status
  FROM (
    SELECT z.*, ${weighted('z.r1', V.CHANNEL_WEIGHTS, 'CommunicationChannel')} AS channel,
      (CASE WHEN z.r2 < 0.75 THEN 'OUTBOUND' ELSE 'INBOUND' END)::"CommunicationDirection" AS direction
    FROM (
      SELECT l.id AS lead_id, l."hospitalId", l.email, l.phone, l."assignedToId",
        l."createdAt" + (k.i::float8 / (c.cnt + 1)) * least(now() - l."createdAt", interval '60 days') AS at,
        random() AS r1, random() AS r2, random() AS r3, random() AS r4
      FROM "CRMLead" l
      CROSS JOIN LATERAL (SELECT CASE WHEN l.status = 'NEW' THEN pg_temp.b(l.id, 15) % 2 ELSE 1 + pg_temp.b(l.id, 15) % 6 END AS cnt) c
      CROSS JOIN LATERAL generate_series(1, c.cnt) k(i)
      OFFSET 0
    ) z OFFSET 0
  ) y OFFSET 0
) x;`;
}

// One task for about 20% of leads, due a few days after creation.
export function tasksSql(): string {
  const types = textArray(V.TASK_KINDS.map(([t]) => t));
  const titles = textArray(V.TASK_KINDS.map(([, t]) => t));
  return `
INSERT INTO "CRMTask" (id, "hospitalId", title, "taskType", status, priority, "leadId", "assignedToId", "assignedById", "dueDate",
  "reminderMinutesBefore", "overdueAt", "completedAt", "cancelledAt", outcome, "createdAt", "updatedAt")
SELECT pg_temp.uuid7(t.created), t."hospitalId", (${titles})[t.kind], (${types})[t.kind]::"TaskType", t.status,
  (ARRAY['LOW','MEDIUM','MEDIUM','HIGH','URGENT'])[1 + t.b % 5]::"TaskPriority", t.lead_id, coalesce(t.assignee, h.staff[1]), h.staff[1], t.due, '{60}',
  CASE WHEN t.status = 'OVERDUE' THEN t.due END, CASE WHEN t.status = 'COMPLETED' THEN t.due - interval '3 hours' END,
  CASE WHEN t.status = 'CANCELLED' THEN t.due - interval '1 day' END, CASE WHEN t.status = 'COMPLETED' THEN 'Done' END,
  t.created, coalesce(CASE WHEN t.status = 'COMPLETED' THEN t.due - interval '3 hours' END, t.created)
FROM (
  SELECT s.*, (CASE WHEN s.open AND s.due > now() THEN CASE WHEN s.b % 4 = 0 THEN 'IN_PROGRESS' ELSE 'PENDING' END
      WHEN s.open THEN CASE WHEN s.b % 10 < 7 THEN 'COMPLETED' ELSE 'OVERDUE' END
      ELSE CASE WHEN s.b % 10 < 8 THEN 'COMPLETED' ELSE 'CANCELLED' END END)::"TaskStatus" AS status
  FROM (
    SELECT l.id AS lead_id, l."hospitalId", l."assignedToId" AS assignee, l.status IN ${OPEN} AS open, 1 + pg_temp.b(l.id, 13) % ${V.TASK_KINDS.length} AS kind,
      pg_temp.b(l.id, 12) AS b, l."createdAt" + interval '1 hour' AS created, l."createdAt" + (1 + pg_temp.b(l.id, 12) % 7) * interval '1 day' AS due
    FROM "CRMLead" l WHERE pg_temp.b(l.id, 14) % 5 = 0
  ) s
) t
JOIN bench_h h ON h.id = t."hospitalId";`;
}

// 40% of leads carry 1-3 distinct tags of their hospital (slots b, b+5, b+10 mod 12 never collide).
export function leadTagsSql(): string {
  const n = V.TAGS.length;
  return `
INSERT INTO "CRMLeadTag" ("leadId", "tagId", "createdAt")
SELECT l.id, t.id, l."createdAt" + interval '1 hour'
FROM "CRMLead" l
CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.b(l.id, 13) % 3) k(i)
JOIN bench_tag t ON t."hospitalId" = l."hospitalId" AND t.slot = (pg_temp.b(l.id, 11) + k.i * 5) % ${n} + 1
WHERE pg_temp.b(l.id, 10) % 10 < 4;`;
}

// What the API writes as activities: creation, assignment, status change, tags. The timeline reads
// communications and tasks from their own tables, so they get no activity rows.
export function activitiesSql(): string {
  const cols = `INSERT INTO "CRMActivity" (id, "hospitalId", "leadId", "activityType", title, description, metadata, "performedById", "createdAt")`;
  return `
${cols} SELECT pg_temp.uuid7(l."createdAt"), l."hospitalId", l.id, 'LEAD_CREATED', 'Lead created (' || l.source || ')', NULL,
  NULL, l."createdById", l."createdAt" FROM "CRMLead" l;
${cols} SELECT pg_temp.uuid7(l."createdAt" + interval '10 minutes'), l."hospitalId", l.id, 'ASSIGNED', 'Lead assigned', NULL,
  jsonb_build_object('from', NULL, 'to', l."assignedToId"), l."createdById", l."createdAt" + interval '10 minutes' FROM "CRMLead" l WHERE l."assignedToId" IS NOT NULL;
${cols} SELECT pg_temp.uuid7(l."statusChangedAt"), l."hospitalId", l.id, 'STATUS_CHANGED', 'Status changed from NEW to ' || l.status, l."lostReason",
  jsonb_build_object('from', 'NEW', 'to', l.status), l."assignedToId", l."statusChangedAt" FROM "CRMLead" l WHERE l.status <> 'NEW';
${cols} SELECT pg_temp.uuid7(lt."createdAt"), t."hospitalId", lt."leadId", 'TAG_ADDED', 'Tag "' || t.name || '" added', NULL,
  jsonb_build_object('tagId', t.id, 'tagName', t.name), NULL, lt."createdAt" FROM "CRMLeadTag" lt JOIN "CRMTag" t ON t.id = lt."tagId";`;
}

/**
 * Keys and indexes of the bulk-loaded tables are dropped before the load and rebuilt after it: one sorted build
 * beats millions of random b-tree inserts. Foreign keys pointing at those keys go and come back with them;
 * re-adding validates them, so the data is checked as strictly as row-by-row inserts would be.
 */
async function indexPlan(client: pg.Client, tables: string[]) {
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string; kind: string }>(
    `SELECT conrelid::regclass::text AS tbl, format('%I', conname) AS name, pg_get_constraintdef(oid) AS def, contype::text AS kind
     FROM pg_constraint WHERE (contype IN ('p', 'u') AND conrelid = ANY($1::regclass[])) OR (contype = 'f' AND confrelid = ANY($1::regclass[]))`,
    [tables.map((t) => `"${t}"`)],
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT format('%I', indexname) AS name, indexdef AS def FROM pg_indexes i WHERE schemaname = 'public' AND tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables],
  );
  const fks = keys.filter((k) => k.kind === 'f');
  const pks = keys.filter((k) => k.kind !== 'f');
  const add = (k: (typeof keys)[number]) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`;
  const drop = (k: (typeof keys)[number]) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name};`;
  return {
    drop: [...fks.map(drop), ...pks.map(drop), ...indexes.map((i) => `DROP INDEX ${i.name};`)].join('\n'),
    keys: pks.map(add),
    // Trigram (GIN) builds are the longest and single-threaded: start them first.
    indexes: indexes.map((i) => i.def).sort((a, b) => Number(/USING gin/i.test(b)) - Number(/USING gin/i.test(a))),
    foreignKeys: fks.map(add),
  };
}

/** Runs statements on `width` connections at once; each connection takes the next statement when it is free. */
async function inParallel(url: string, statements: string[], width = 2): Promise<void> {
  const queue = [...statements];
  const worker = async () => {
    const client = new pg.Client({ connectionString: url, application_name: 'bench-generate' });
    await client.connect();
    try {
      // Two sessions already use both cores; parallel workers per build would only oversubscribe them.
      await client.query(`SET maintenance_work_mem = '512MB'; SET max_parallel_maintenance_workers = 0`);
      for (let sql = queue.shift(); sql; sql = queue.shift()) await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, worker));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, leads: { type: 'string', default: '50000' }, hospitals: { type: 'string', default: '10' } },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  const leads = Number(values.leads);
  const hospitals = Number(values.hospitals);
  if (!url || !Number.isInteger(leads) || leads < hospitals || !Number.isInteger(hospitals) || hospitals < 1) {
    throw new Error('usage: tsx bench/generate.ts --url postgresql://…/bench_<n> --leads <n> [--hospitals 10]');
  }
  // The first step empties every CRM table: refuse anything that is not a benchmark database.
  if (!/bench/i.test(new URL(url).pathname)) throw new Error(`refusing to generate into ${new URL(url).pathname}: the database name must contain "bench"`);

  const generator = generatorHash(); // of the code that runs now, even if the files change meanwhile
  const client = new pg.Client({ connectionString: url, application_name: 'bench-generate' });
  await client.connect();
  const steps: Array<{ step: string; rows: number; seconds: number }> = [];
  const started = Date.now();
  const timed = async (name: string, work: () => Promise<number | void>) => {
    const t0 = Date.now();
    const rows = (await work()) ?? 0;
    steps.push({ step: name, rows, seconds: (Date.now() - t0) / 1000 });
    console.log(`  ${name.padEnd(30)} ${rows ? `${rows} rows`.padStart(15) : ''.padStart(15)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
  };
  const step = (name: string, sql: string) =>
    timed(name, async () => {
      const results = await client.query(sql);
      return (Array.isArray(results) ? results : [results]).reduce((sum, r) => sum + (r.command === 'INSERT' ? (r.rowCount ?? 0) : 0), 0);
    });

  try {
    console.log(`generating ${leads} leads over ${hospitals} hospitals`);
    // The rows go in one transaction that starts with TRUNCATE: with wal_level=minimal (the bench cluster's setting)
    // PostgreSQL then writes the new tables without WAL.
    await client.query('BEGIN');
    // FK triggers off: the rows are consistent by construction, and the keys are validated when re-added below.
    await client.query(
      `SET LOCAL session_replication_role = replica; SET LOCAL work_mem = '256MB'; SET LOCAL synchronous_commit = off; SELECT setseed(0.2026);`,
    );
    await client.query(HELPERS);
    await step('truncate', `TRUNCATE "Hospital", "User" CASCADE`);
    const plan = await indexPlan(client, HEAVY_TABLES);
    await step('drop keys and indexes', plan.drop);
    await step('hospitals + settings', hospitalsSql(hospitals));
    await step('staff', staffSql(bcrypt.hashSync(BENCH_PASSWORD, 10)));
    await step('tags', tagsSql());
    await step('leads', leadsSql(leads, hospitals));
    await step('communications', communicationsSql());
    await step('tasks', tasksSql());
    await step('lead tags', leadTagsSql());
    await step('activities', activitiesSql());
    await step('commit (writes the new files)', 'COMMIT');

    // Until the marker row below exists, run.mjs treats the database as not generated and starts over.
    await timed(`rebuild ${plan.keys.length} primary keys`, () => inParallel(url, plan.keys));
    await timed(`rebuild ${plan.indexes.length} indexes`, () => inParallel(url, plan.indexes));
    await timed(`validate ${plan.foreignKeys.length} foreign keys`, () => inParallel(url, plan.foreignKeys, 1));
    // Hint bits, visibility map and planner statistics, as autovacuum would leave a live database
    // (and so autovacuum does not start in the middle of a measurement).
    await timed('vacuum analyze', () =>
      inParallel(
        url,
        [...HEAVY_TABLES, ...SMALL_TABLES].map((t) => `VACUUM (ANALYZE) "${t}"`),
      ),
    );

    const counted = [...SMALL_TABLES, ...HEAVY_TABLES];
    const { rows: countRows } = await client.query(`SELECT ${counted.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`);
    const seconds = (Date.now() - started) / 1000;
    await client.query(`CREATE SCHEMA IF NOT EXISTS bench;
      CREATE TABLE IF NOT EXISTS bench.dataset (id int PRIMARY KEY DEFAULT 1, leads int NOT NULL, hospitals int NOT NULL, generator text NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(), seconds numeric NOT NULL, steps jsonb NOT NULL, counts jsonb NOT NULL);
      DELETE FROM bench.dataset;`);
    await client.query(`INSERT INTO bench.dataset (leads, hospitals, generator, seconds, steps, counts) VALUES ($1, $2, $3, $4, $5, $6)`, [
      leads,
      hospitals,
      generator,
      seconds,
      JSON.stringify(steps),
      JSON.stringify(countRows[0]),
    ]);
    console.log(`  ${'total'.padEnd(30)} ${''.padStart(15)} ${seconds.toFixed(1).padStart(7)} s`);
    console.log(`  staff sign in as admin1@h01.bench.example (password ${BENCH_PASSWORD})`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
