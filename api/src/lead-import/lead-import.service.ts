import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { leadImportWorkflowId, WORKFLOW_TYPES, type ImportedLeadData } from '@hospital-crm/workflows';
import { AuditService } from '../common/audit/audit.service';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { InjectTemporal, type TemporalClient } from '../common/temporal/temporal.tokens';
import { temporalConfig, type TemporalConfig } from '../config/configuration';
import type { Actor } from '../leads/leads.service';
import { IMPORT_COLUMNS, matchColumns, rowToBody } from './csv-columns';
import { readCsv } from './csv-reader';
import type { ImportLeadsQueryDto } from './dto/import-leads-query.dto';
import { checkLeadRow } from './lead-row-validation';
import { uuidv7 } from './uuid-v7';

export const MAX_IMPORT_ROWS = 50_000;
// What the progress endpoint lists of each kind of problem; the counts cover the rest.
const LISTED_PROBLEMS = 100;
// Rows per INSERT statement (about 1 MB of JSON).
const INSERT_CHUNK = 5000;
// Rows checked between two turns of the event loop, so other requests are not held up.
const YIELD_EVERY = 500;

export interface InvalidRow {
  line: number;
  messages: string[];
}

export interface ImportAccepted {
  jobId: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** Header columns that name no lead field, so their cells were not read. */
  ignoredColumns: string[];
}

interface ValidRow {
  line: number;
  data: ImportedLeadData;
}

@Injectable()
export class LeadImportService {
  private readonly logger = new Logger(LeadImportService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the whole file now, so the answer says at once which lines are wrong; stores the
   * valid rows with their job in one transaction, then hands them to the `lead-import-<job>`
   * workflow, which creates the leads in batches.
   */
  async upload(actor: Actor, csv: string, query: ImportLeadsQueryDto): Promise<ImportAccepted> {
    const file = readCsv(csv, MAX_IMPORT_ROWS);
    if (file.overLimit) {
      throw ApiError.unprocessable(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows; split it into smaller files`, {
        maxRows: MAX_IMPORT_ROWS,
      });
    }
    const columns = matchColumns(file.header);
    if (columns.missing.length) {
      throw ApiError.unprocessable(`The header lacks required column(s): ${columns.missing.join(', ')}`, {
        missingColumns: columns.missing,
        knownColumns: IMPORT_COLUMNS,
      });
    }
    if (columns.repeated.length) {
      throw ApiError.unprocessable(`More than one column gives ${columns.repeated.join(', ')}`, { repeatedColumns: columns.repeated });
    }
    if (!file.rows.length) throw ApiError.unprocessable('The file has a header but no leads');

    const valid: ValidRow[] = [];
    const invalid: InvalidRow[] = [];
    for (const [i, row] of file.rows.entries()) {
      if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (row.cells.length > file.header.length) {
        invalid.push({ line: row.line, messages: [`The row has ${row.cells.length} cells but the header has ${file.header.length} columns`] });
        continue;
      }
      const check = await checkLeadRow(rowToBody(row.cells, columns.fields));
      if (check.valid) valid.push({ line: row.line, data: check.data });
      else invalid.push({ line: row.line, messages: check.messages });
    }

    const jobId = await this.store(actor, query, file.rows.length, valid, invalid);
    await this.startWorkflow(jobId);
    const accepted = { jobId, totalRows: file.rows.length, validRows: valid.length, invalidRows: invalid.length, ignoredColumns: columns.ignored };
    await this.audit.record(actor, {
      action: 'lead.import',
      entityType: 'CRMImportJob',
      entityId: jobId,
      details: {
        fileName: query.fileName ?? null,
        allowDuplicates: query.allowDuplicates === 'true',
        totalRows: accepted.totalRows,
        validRows: accepted.validRows,
        invalidRows: accepted.invalidRows,
      },
    });
    return accepted;
  }

  async progress(hospitalId: string, jobId: string) {
    const job = await this.prisma.cRMImportJob.findFirst({
      where: { id: jobId, hospitalId },
      select: { id: true, status: true, fileName: true, allowDuplicates: true, totalRows: true, startedAt: true, completedAt: true, createdAt: true },
    });
    if (!job) throw ApiError.notFound('Import job', jobId);
    const problems = (status: 'DUPLICATE' | 'FAILED') =>
      this.prisma.cRMImportRow.findMany({ where: { jobId, status }, orderBy: { line: 'asc' }, take: LISTED_PROBLEMS, select: { line: true, error: true } });
    const [groups, invalid, duplicates, failures] = await Promise.all([
      this.prisma.cRMImportRow.groupBy({ by: ['status'], where: { jobId }, _count: { _all: true } }),
      this.firstInvalidRows(jobId),
      problems('DUPLICATE'),
      problems('FAILED'),
    ]);
    const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
    return {
      ...job,
      imported: count('IMPORTED'),
      duplicates: count('DUPLICATE'),
      failed: count('FAILED'),
      pending: count('PENDING'),
      invalid: invalid.count,
      invalidRows: invalid.first,
      duplicateRows: duplicates.map((row) => ({ line: row.line, existingLeadNumber: row.error })),
      failedRows: failures.map((row) => ({ line: row.line, error: row.error })),
    };
  }

  private async store(actor: Actor, query: ImportLeadsQueryDto, totalRows: number, valid: ValidRow[], invalid: InvalidRow[]): Promise<string> {
    return this.prisma.$transaction(
      async (tx) => {
        const job = await tx.cRMImportJob.create({
          data: {
            hospitalId: actor.hospitalId,
            createdById: actor.userId,
            fileName: query.fileName ?? null,
            status: 'PENDING',
            totalRows,
            invalidRows: invalid as unknown as Prisma.InputJsonValue,
            allowDuplicates: query.allowDuplicates === 'true',
          },
          select: { id: true },
        });
        // One jsonb parameter per chunk: Prisma's createMany spends ~0.5 ms per JSON row, ten times this.
        for (let i = 0; i < valid.length; i += INSERT_CHUNK) {
          const chunk = valid.slice(i, i + INSERT_CHUNK).map((row) => ({ id: uuidv7(), line: row.line, data: row.data }));
          await tx.$executeRaw`
            INSERT INTO "CRMImportRow" (id, "jobId", line, data)
            SELECT r.id, ${job.id}::uuid, r.line, r.data
            FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS r(id uuid, line int, data jsonb)`;
        }
        return job.id;
      },
      // A full file takes a few seconds, close to the default 5 s interactive-transaction budget.
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  /** If Temporal cannot take the job, the job is removed: the person simply uploads again. */
  private async startWorkflow(jobId: string): Promise<void> {
    try {
      await this.temporal.workflow.start(WORKFLOW_TYPES.leadImport, {
        workflowId: leadImportWorkflowId(jobId),
        taskQueue: this.config.taskQueue,
        args: [jobId],
      });
    } catch (error) {
      this.logger.error(`could not start the import workflow for job ${jobId}: ${(error as Error).message}`);
      // Should the start have gone through after all, the workflow finds no job and ends.
      await this.prisma.cRMImportJob.delete({ where: { id: jobId } });
      throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'The import could not be started just now; upload the file again shortly');
    }
  }

  /** The count and first rows of the refused-rows list, cut in the database: it may hold 50,000 entries. */
  private async firstInvalidRows(jobId: string): Promise<{ count: number; first: InvalidRow[] }> {
    const [row] = await this.prisma.$queryRaw<Array<{ count: number; first: InvalidRow[] }>>`
      SELECT jsonb_array_length("invalidRows")::int AS count,
             COALESCE((SELECT jsonb_agg(e.value ORDER BY e.ord)
                       FROM jsonb_array_elements("invalidRows") WITH ORDINALITY AS e(value, ord)
                       WHERE e.ord <= ${LISTED_PROBLEMS}), '[]'::jsonb) AS first
      FROM "CRMImportJob" WHERE id = ${jobId}::uuid`;
    return row ?? { count: 0, first: [] };
  }
}
