import { Prisma, type PrismaClient } from '@hospital-crm/db';
import { scoreLead, type LeadScoreBreakdown } from '@hospital-crm/domain';

export interface ScoreBatchInput {
  /** Keyset cursor: the last lead id of the previous batch. */
  afterId: string | null;
  limit: number;
  hospitalId?: string;
}

export interface ScoreBatchResult {
  lastId: string | null;
  scanned: number;
  changed: number;
}

export interface ScoreBatchActivities {
  recomputeScoreBatch(input: ScoreBatchInput): Promise<ScoreBatchResult>;
}

interface CommunicationStats {
  leadId: string;
  total: bigint;
  responded: bigint;
  lastAt: Date | null;
}

// A page is scored in this many chunks, each with its own statements, all at once: the database
// works on several connections (cores) at a time. Within the worker's pool of 10.
const PARALLEL_CHUNKS = 5;

type ScoredLead = Prisma.CRMLeadGetPayload<{ select: typeof LEAD_SCORE_INPUTS }>;
/** The lead's own columns the score formula reads (its communications are counted apart). */
export const LEAD_SCORE_INPUTS = {
  id: true,
  source: true,
  score: true,
  interestedIn: true,
  preferredDoctorId: true,
  preferredDate: true,
  lastContactedAt: true,
} as const satisfies Prisma.CRMLeadSelect;

/**
 * The nightly pass: a page of leads by id, then per chunk of it (chunks in parallel) their
 * communication counts in one grouped query, the domain's formula in memory, and one UPDATE for
 * the scores that moved (mostly recency decaying). Re-running a page gives the same result, so
 * retries are harmless.
 */
export function createScoreBatchActivities(prisma: PrismaClient, clock: () => Date = () => new Date()): ScoreBatchActivities {
  return {
    async recomputeScoreBatch({ afterId, limit, hospitalId }) {
      const leads = await prisma.cRMLead.findMany({
        where: { deletedAt: null, ...(hospitalId && { hospitalId }), ...(afterId && { id: { gt: afterId } }) },
        orderBy: { id: 'asc' },
        take: limit,
        select: LEAD_SCORE_INPUTS,
      });
      if (!leads.length) return { lastId: null, scanned: 0, changed: 0 };
      const now = clock();
      const size = Math.ceil(leads.length / PARALLEL_CHUNKS);
      const chunks = Array.from({ length: Math.ceil(leads.length / size) }, (_, i) => leads.slice(i * size, (i + 1) * size));
      const changed = await Promise.all(chunks.map((chunk) => rescoreChunk(prisma, chunk, now)));
      return { lastId: leads[leads.length - 1].id, scanned: leads.length, changed: changed.reduce((a, b) => a + b, 0) };
    },
  };
}

/** Scores one chunk of leads and writes the ones that moved; answers how many moved. */
async function rescoreChunk(prisma: PrismaClient, leads: ScoredLead[], now: Date): Promise<number> {
  const ids = leads.map((l) => l.id);
  const stats = await prisma.$queryRaw<CommunicationStats[]>`
        SELECT "leadId",
               count(*) AS total,
               count(*) FILTER (WHERE direction = 'OUTBOUND' AND status = 'RESPONDED') AS responded,
               max("createdAt") AS "lastAt"
        FROM "CRMCommunication"
        WHERE "leadId" = ANY(${ids}::uuid[]) AND status NOT IN ('SCHEDULED', 'CANCELLED', 'FAILED')
        GROUP BY "leadId"`;
  const byLead = new Map(stats.map((s) => [s.leadId, s]));
  const changes: Array<{ id: string; total: number; breakdown: LeadScoreBreakdown }> = [];
  for (const lead of leads) {
    const s = byLead.get(lead.id);
    const lastContactAt = [lead.lastContactedAt, s?.lastAt ?? null].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    const result = scoreLead(
      {
        source: lead.source,
        communicationCount: Number(s?.total ?? 0),
        respondedCount: Number(s?.responded ?? 0),
        lastContactAt,
        interestedIn: lead.interestedIn,
        preferredDoctorId: lead.preferredDoctorId,
        preferredDate: lead.preferredDate,
      },
      now,
    );
    if (result.total !== lead.score) changes.push({ id: lead.id, total: result.total, breakdown: result.breakdown });
  }
  if (changes.length) {
    const rows = changes.map((c) => Prisma.sql`(${c.id}::uuid, ${c.total}::int, ${JSON.stringify(c.breakdown)}::jsonb)`);
    await prisma.$executeRaw`
          UPDATE "CRMLead" AS l SET score = v.score, "scoreBreakdown" = v.breakdown, "scoredAt" = ${now}
          FROM (VALUES ${Prisma.join(rows)}) AS v(id, score, breakdown)
          WHERE l.id = v.id`;
  }
  return changes.length;
}
