import type { CommunicationChannel, CommunicationDirection, CommunicationStatus, DayCount, NpsDayCount, ReportRange } from '@hospital-crm/domain';
import type { PrismaClient } from '../../common/prisma/prisma.module';

// Messages, tasks and survey answers in a range, each through its (hospitalId, time) index.

export interface ChannelStatusCount {
  channel: CommunicationChannel;
  direction: CommunicationDirection;
  status: CommunicationStatus;
  count: number;
}

/** Communications created in the range by channel, direction and status. */
export async function communicationCounts(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<ChannelStatusCount[]> {
  const rows = await prisma.cRMCommunication.groupBy({
    by: ['channel', 'direction', 'status'],
    where: { hospitalId, createdAt: { gte: range.start, lt: range.end } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ channel: r.channel, direction: r.direction, status: r.status, count: r._count._all }));
}

/** Outbound communications sent or logged (not waiting, not cancelled) per local day and channel. */
export function outboundPerDay(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<DayCount<CommunicationChannel>[]> {
  return prisma.$queryRaw<DayCount<CommunicationChannel>[]>`
    SELECT to_char((c."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${range.timezone}, 'YYYY-MM-DD') AS day, c.channel::text AS key, count(*)::int AS count
    FROM "CRMCommunication" c
    WHERE c."hospitalId" = ${hospitalId}::uuid AND c."createdAt" >= ${range.start} AND c."createdAt" < ${range.end}
      AND c.direction = 'OUTBOUND' AND c.status NOT IN ('SCHEDULED', 'QUEUED', 'CANCELLED')
    GROUP BY 1, 2`;
}

export interface TaskCountRow {
  staffId: string;
  /** Tasks due in the range, cancelled ones left out. */
  due: number;
  completed: number;
  /** Completed no later than the due date. */
  onTime: number;
  /** Still open and past due at `now`. */
  overdueOpen: number;
}

/** Tasks due in the range, per assignee. */
export function taskCounts(prisma: PrismaClient, hospitalId: string, range: ReportRange, now: Date): Promise<TaskCountRow[]> {
  return prisma.$queryRaw<TaskCountRow[]>`
    SELECT t."assignedToId"::text AS "staffId",
      count(*) FILTER (WHERE t.status <> 'CANCELLED')::int AS due,
      count(*) FILTER (WHERE t.status = 'COMPLETED')::int AS completed,
      count(*) FILTER (WHERE t.status = 'COMPLETED' AND t."completedAt" <= t."dueDate")::int AS "onTime",
      count(*) FILTER (WHERE t.status IN ('PENDING', 'IN_PROGRESS', 'OVERDUE') AND t."dueDate" < ${now})::int AS "overdueOpen"
    FROM "CRMTask" t
    WHERE t."hospitalId" = ${hospitalId}::uuid AND t."dueDate" >= ${range.start} AND t."dueDate" < ${range.end}
    GROUP BY 1`;
}

/** NPS answers submitted in the range per local day and score. */
export function npsPerDay(prisma: PrismaClient, hospitalId: string, range: ReportRange): Promise<NpsDayCount[]> {
  return prisma.$queryRaw<NpsDayCount[]>`
    SELECT to_char((r."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${range.timezone}, 'YYYY-MM-DD') AS day, r."npsScore" AS score, count(*)::int AS count
    FROM "CRMSurveyResponse" r
    WHERE r."hospitalId" = ${hospitalId}::uuid AND r."submittedAt" >= ${range.start} AND r."submittedAt" < ${range.end} AND r."npsScore" IS NOT NULL
    GROUP BY 1, 2`;
}
