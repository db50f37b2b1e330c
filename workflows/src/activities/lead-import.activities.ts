import { heartbeat } from '@temporalio/activity';
import { findOpenDuplicate, insertLead, type NewLead, type Prisma, type PrismaClient } from '@hospital-crm/db';
import type { Gender, LeadSource } from '@hospital-crm/domain';

/** One CSV row as the API validated and normalised it (CreateLeadDto's importable fields). */
export interface ImportedLeadData {
  firstName: string;
  lastName: string;
  source: LeadSource;
  phone?: string;
  email?: string;
  sourceDetail?: string;
  dateOfBirth?: string;
  gender?: Gender;
  address?: string;
  interestedIn?: string[];
  notes?: string;
  nextFollowUpAt?: string;
}

export interface ImportLeadRowsInput {
  jobId: string;
  /** Rows per call: small enough for one activity to finish well inside its timeout. */
  limit: number;
}

export interface ImportLeadRowsResult {
  processed: number;
  imported: number;
  duplicates: number;
  failed: number;
  /** False once fewer than `limit` PENDING rows were left: the job has nothing more to do. */
  more: boolean;
}

export interface LeadImportCounts {
  imported: number;
  duplicates: number;
  failed: number;
  pending: number;
}

export interface LeadImportActivities {
  /** Marks the job RUNNING; false when the job no longer exists (nothing to do). */
  startLeadImport(jobId: string): Promise<boolean>;
  importLeadRows(input: ImportLeadRowsInput): Promise<ImportLeadRowsResult>;
  /** Marks the job COMPLETED and returns what became of its rows. */
  completeLeadImport(jobId: string): Promise<LeadImportCounts>;
}

type RowOutcome = 'IMPORTED' | 'DUPLICATE' | 'FAILED' | 'SKIPPED';
interface Job {
  id: string;
  hospitalId: string;
  createdById: string | null;
  fileName: string | null;
  allowDuplicates: boolean;
}

const optionalDate = (value?: string) => (value ? new Date(value) : undefined);

/** Only the importable fields reach Prisma, whatever else the stored JSON holds. */
export function toNewLead(data: ImportedLeadData): NewLead {
  return {
    firstName: data.firstName,
    lastName: data.lastName,
    source: data.source,
    phone: data.phone,
    email: data.email,
    sourceDetail: data.sourceDetail,
    dateOfBirth: optionalDate(data.dateOfBirth),
    gender: data.gender,
    address: data.address,
    interestedIn: data.interestedIn ?? [],
    notes: data.notes,
    nextFollowUpAt: optionalDate(data.nextFollowUpAt),
  };
}

// The database being away is the batch's problem (the activity retries), not the row's.
const TRANSIENT_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2034', 'ECONNREFUSED', 'ECONNRESET', '57P01', '40001', '40P01']);
const TRANSIENT_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionWriteConflict']);

function isTransient(error: unknown): boolean {
  const e = error as { code?: string; cause?: { kind?: string; originalCode?: string } };
  return TRANSIENT_CODES.has(e?.code ?? '') || TRANSIENT_KINDS.has(e?.cause?.kind ?? '') || TRANSIENT_CODES.has(e?.cause?.originalCode ?? '');
}

/** Prisma's messages start with the call site; the last line says what was wrong. */
function rowError(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines[lines.length - 1] ?? 'Unknown error').slice(0, 500);
}

/**
 * The `lead-import-<jobId>` workflow's steps. Each row is claimed, checked and inserted in one
 * small transaction, so a retried or concurrent batch finds it no longer PENDING and never
 * imports it twice. Scores: imported leads are not scored one by one here (a workflow per lead
 * would mean 50,000 workflows for one file); the nightly `lead-score-nightly` pass scores them.
 */
export function createLeadImportActivities(prisma: PrismaClient, clock: () => Date = () => new Date()): LeadImportActivities {
  async function importRow(job: Job, row: { id: string; data: Prisma.JsonValue }): Promise<RowOutcome> {
    try {
      return await prisma.$transaction(async (tx) => {
        // The claim locks the row until commit: a second attempt waits here, then claims nothing.
        const claimed = await tx.cRMImportRow.updateMany({ where: { id: row.id, status: 'PENDING' }, data: { status: 'IMPORTED' } });
        if (claimed.count === 0) return 'SKIPPED';
        const lead = toNewLead(row.data as unknown as ImportedLeadData);
        if (!job.allowDuplicates) {
          const existing = await findOpenDuplicate(tx, job.hospitalId, lead.phone, lead.email);
          if (existing) {
            await tx.cRMImportRow.update({ where: { id: row.id }, data: { status: 'DUPLICATE', error: existing.leadNumber } });
            return 'DUPLICATE';
          }
        }
        const created = await insertLead(tx, job.hospitalId, lead, job.createdById, `Lead imported from ${job.fileName ?? 'CSV'}`);
        await tx.cRMImportRow.update({ where: { id: row.id }, data: { leadId: created.id } });
        return 'IMPORTED';
      });
    } catch (error) {
      if (isTransient(error)) throw error;
      const marked = await prisma.cRMImportRow.updateMany({ where: { id: row.id, status: 'PENDING' }, data: { status: 'FAILED', error: rowError(error) } });
      return marked.count ? 'FAILED' : 'SKIPPED';
    }
  }

  async function counts(jobId: string): Promise<LeadImportCounts> {
    const groups = await prisma.cRMImportRow.groupBy({ by: ['status'], where: { jobId }, _count: { _all: true } });
    const of = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
    return { imported: of('IMPORTED'), duplicates: of('DUPLICATE'), failed: of('FAILED'), pending: of('PENDING') };
  }

  return {
    async startLeadImport(jobId) {
      const job = await prisma.cRMImportJob.findUnique({ where: { id: jobId }, select: { startedAt: true } });
      if (!job) return false;
      // Re-entered after continue-as-new: keep the first start time.
      await prisma.cRMImportJob.update({ where: { id: jobId }, data: { status: 'RUNNING', startedAt: job.startedAt ?? clock(), completedAt: null } });
      return true;
    },

    async importLeadRows({ jobId, limit }) {
      const result: ImportLeadRowsResult = { processed: 0, imported: 0, duplicates: 0, failed: 0, more: false };
      const job = await prisma.cRMImportJob.findUnique({
        where: { id: jobId },
        select: { id: true, hospitalId: true, createdById: true, fileName: true, allowDuplicates: true },
      });
      if (!job) return result;
      const rows = await prisma.cRMImportRow.findMany({
        where: { jobId, status: 'PENDING' },
        orderBy: { line: 'asc' },
        take: limit,
        select: { id: true, data: true },
      });
      for (const row of rows) {
        const outcome = await importRow(job, row);
        if (outcome !== 'SKIPPED') result.processed++;
        if (outcome === 'IMPORTED') result.imported++;
        if (outcome === 'DUPLICATE') result.duplicates++;
        if (outcome === 'FAILED') result.failed++;
        heartbeat({ processed: result.processed });
      }
      result.more = rows.length === limit;
      return result;
    },

    async completeLeadImport(jobId) {
      await prisma.cRMImportJob.updateMany({ where: { id: jobId }, data: { status: 'COMPLETED', completedAt: clock() } });
      return counts(jobId);
    },
  };
}
