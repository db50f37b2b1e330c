import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import type { Prisma } from '@hospital-crm/db';
import { AuditService } from '../common/audit/audit.service';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { QueryLeadsDto } from '../leads/dto/query-leads.dto';
import { leadWhere } from '../leads/lead-filters';
import type { Actor } from '../leads/leads.service';
import { neutraliseFormula } from './csv-safety';

export const MAX_EXPORT_ROWS = 100_000;
const PAGE_SIZE = 1000;

// The header doubles as an import header: an exported file can be edited and uploaded again.
export const EXPORT_COLUMNS = [
  'leadNumber',
  'firstName',
  'lastName',
  'phone',
  'email',
  'status',
  'source',
  'score',
  'assignedTo',
  'tags',
  'interestedIn',
  'nextFollowUpAt',
  'createdAt',
] as const;
type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number], string>;

const FILTER_KEYS = [
  'ids',
  'status',
  'source',
  'assignedToId',
  'tagIds',
  'scoreMin',
  'scoreMax',
  'createdFrom',
  'createdTo',
  'followUpFrom',
  'followUpTo',
  'q',
] as const;

const exportSelect = {
  id: true,
  leadNumber: true,
  firstName: true,
  lastName: true,
  phone: true,
  email: true,
  status: true,
  source: true,
  score: true,
  interestedIn: true,
  nextFollowUpAt: true,
  createdAt: true,
  assignedTo: { select: { firstName: true, lastName: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
} as const satisfies Prisma.CRMLeadSelect;
type ExportedLead = Prisma.CRMLeadGetPayload<{ select: typeof exportSelect }>;

function toRecord(lead: ExportedLead): ExportRecord {
  const record: ExportRecord = {
    leadNumber: lead.leadNumber,
    firstName: lead.firstName,
    lastName: lead.lastName,
    phone: lead.phone ?? '',
    email: lead.email ?? '',
    status: lead.status,
    source: lead.source,
    score: String(lead.score),
    assignedTo: lead.assignedTo ? `${lead.assignedTo.firstName} ${lead.assignedTo.lastName}` : '',
    tags: lead.tags.map((link) => link.tag.name).join(';'),
    interestedIn: lead.interestedIn.join(';'),
    nextFollowUpAt: lead.nextFollowUpAt?.toISOString() ?? '',
    createdAt: lead.createdAt.toISOString(),
  };
  for (const key of EXPORT_COLUMNS) record[key] = neutraliseFormula(record[key]);
  return record;
}

/** YYYYMMDD of the hospital's own calendar day, for the file name. */
function localDate(now: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now).replace(/-/g, '');
  } catch {
    return now.toISOString().slice(0, 10).replace(/-/g, '');
  }
}

@Injectable()
export class LeadExportService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /**
   * Streams the leads the list's filters select as CSV, a page of 1000 at a time by id, so
   * memory stays flat whatever the size. Everything that can be refused is checked before the
   * first byte goes out: once streaming starts the status is 200 and cannot change.
   */
  async export(actor: Actor, query: QueryLeadsDto, res: Response): Promise<void> {
    const where = leadWhere(actor.hospitalId, query);
    const [matching, hospital] = await Promise.all([
      this.prisma.cRMLead.count({ where, take: MAX_EXPORT_ROWS + 1 }),
      this.prisma.hospital.findUniqueOrThrow({ where: { id: actor.hospitalId }, select: { code: true, timezone: true } }),
    ]);
    if (matching > MAX_EXPORT_ROWS) {
      throw ApiError.unprocessable(`More than ${MAX_EXPORT_ROWS.toLocaleString('en-US')} leads match; narrow the filters and export in parts`, {
        maxRows: MAX_EXPORT_ROWS,
      });
    }
    const filters = JSON.parse(JSON.stringify(Object.fromEntries(FILTER_KEYS.map((key) => [key, query[key]])))) as Prisma.InputJsonValue;
    // Recorded before any data leaves: an export is audited even if the download breaks off.
    await this.audit.record(actor, { action: 'lead.export', entityType: 'CRMLead', details: { filters, rowCount: matching } });

    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="leads-${hospital.code}-${localDate(new Date(), hospital.timezone)}.csv"`);
    // Patient contact details: no proxy or browser cache keeps a copy.
    res.setHeader('Cache-Control', 'no-store');
    try {
      // The BOM makes Excel read the file as UTF-8 (names with accents); the import strips it.
      await pipeline(Readable.from(this.records(where)), stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: true }), res);
    } catch (error) {
      // The client hung up: nothing to answer, and nothing went wrong on our side.
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw error;
    }
  }

  private async *records(where: Prisma.CRMLeadWhereInput): AsyncGenerator<ExportRecord> {
    let afterId: string | null = null;
    let sent = 0;
    for (;;) {
      const page: ExportedLead[] = await this.prisma.cRMLead.findMany({
        // AND keeps the list's own id filter (?ids=) alongside the cursor.
        where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
        orderBy: { id: 'asc' },
        take: PAGE_SIZE,
        select: exportSelect,
      });
      for (const lead of page) {
        // Leads created since the count do not push the file past the cap.
        if (sent++ >= MAX_EXPORT_ROWS) return;
        yield toRecord(lead);
      }
      if (page.length < PAGE_SIZE) return;
      afterId = page[page.length - 1].id;
    }
  }
}
