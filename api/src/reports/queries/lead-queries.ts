import { PIPELINE_STAGES, type DayCount, type LeadSource, type LeadStatus, type PipelineStage, type ReportRange } from '@hospital-crm/domain';
import type { PrismaClient } from '../../common/prisma/prisma.module';

// Leads created in the range (the cohort), read with the hospital's indexes:
// (hospitalId, createdAt) for the cohort, (leadId, createdAt) for a lead's activities.

export interface LeadStageRow {
  source: LeadSource;
  staffId: string | null;
  status: LeadStatus;
  /** The furthest pipeline stage the lead ever reached (its status now or any earlier move). */
  furthest: PipelineStage;
  n: number;
}

/** Cohort counts by source, owner, status and furthest stage (from the STATUS_CHANGED activities). */
export function leadStageRows(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<LeadStageRow[]> {
  const stages = [...PIPELINE_STAGES];
  return prisma.$queryRaw<LeadStageRow[]>`
    SELECT l.source::text AS source, l."assignedToId"::text AS "staffId", l.status::text AS status,
      (${stages}::text[])[coalesce(greatest(
        array_position(${stages}::text[], l.status::text),
        (SELECT max(array_position(${stages}::text[], a.metadata->>'to')) FROM "CRMActivity" a
          WHERE a."leadId" = l.id AND a."activityType" = 'STATUS_CHANGED')), 1)] AS furthest,
      count(*)::int AS n
    FROM "CRMLead" l
    WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL AND l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end}
    GROUP BY 1, 2, 3, 4`;
}

export interface ConversionTimeRow {
  source: LeadSource;
  staffId: string | null;
  /** convertedAt − createdAt in milliseconds. */
  ms: number;
}

/** One row per converted lead of the cohort: how long it took. */
export function conversionTimes(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<ConversionTimeRow[]> {
  return prisma.$queryRaw<ConversionTimeRow[]>`
    SELECT l.source::text AS source, l."assignedToId"::text AS "staffId",
      (extract(epoch FROM l."convertedAt" - l."createdAt") * 1000)::float8 AS ms
    FROM "CRMLead" l
    WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL AND l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end}
      AND l.status = 'CONVERTED' AND l."convertedAt" IS NOT NULL`;
}

/** Leads created and leads converted per local day of the range (two keys: created, converted). */
export function leadsPerDay(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<DayCount<'created' | 'converted'>[]> {
  const zone = range.timezone;
  return prisma.$queryRaw<DayCount<'created' | 'converted'>[]>`
    SELECT day, key, count(*)::int AS count FROM (
      SELECT to_char((l."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS day, 'created' AS key
      FROM "CRMLead" l
      WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL AND l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end}
      UNION ALL
      SELECT to_char((l."convertedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${zone}, 'YYYY-MM-DD'), 'converted'
      FROM "CRMLead" l
      WHERE l."hospitalId" = ${hospitalId}::uuid AND l.status = 'CONVERTED' AND l."deletedAt" IS NULL
        AND l."convertedAt" >= ${range.start} AND l."convertedAt" < ${range.end}
    ) per_lead GROUP BY 1, 2`;
}

export interface FirstResponseRow {
  staffId: string;
  /** Lead creation to the first outbound message or logged contact, ms; null while none. */
  ms: number | null;
}

/**
 * One row per assigned lead of the cohort: the time to its first outbound communication by
 * staff (sent or logged; campaign messages, failed, cancelled and still-waiting ones do not count).
 */
export function firstResponses(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<FirstResponseRow[]> {
  return prisma.$queryRaw<FirstResponseRow[]>`
    SELECT l."assignedToId"::text AS "staffId",
      -- greatest() skips NULLs, so a lead nobody answered yet is kept NULL explicitly.
      CASE WHEN fr.at IS NULL THEN NULL ELSE (extract(epoch FROM greatest(fr.at - l."createdAt", interval '0')) * 1000)::float8 END AS ms
    FROM "CRMLead" l
    LEFT JOIN LATERAL (
      SELECT min(coalesce(c."sentAt", c."createdAt")) AS at FROM "CRMCommunication" c
      WHERE c."leadId" = l.id AND c.direction = 'OUTBOUND' AND c."campaignId" IS NULL
        AND c.status NOT IN ('SCHEDULED', 'QUEUED', 'CANCELLED', 'FAILED')
    ) fr ON true
    WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL AND l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end}
      AND l."assignedToId" IS NOT NULL`;
}

export interface ConversionCountRow {
  staffId: string | null;
  source: LeadSource;
  campaignId: string | null;
  n: number;
}

/** Leads converted within the range (whenever they were created), by owner, source and credited campaign. */
export function conversionsInRange(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<ConversionCountRow[]> {
  return prisma.$queryRaw<ConversionCountRow[]>`
    SELECT l."assignedToId"::text AS "staffId", l.source::text AS source, l."campaignId"::text AS "campaignId", count(*)::int AS n
    FROM "CRMLead" l
    WHERE l."hospitalId" = ${hospitalId}::uuid AND l.status = 'CONVERTED' AND l."deletedAt" IS NULL
      AND l."convertedAt" >= ${range.start} AND l."convertedAt" < ${range.end}
    GROUP BY 1, 2, 3`;
}
