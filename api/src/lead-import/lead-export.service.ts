import { Injectable, Logger } from '@nestjs/common';
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
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

/** A CSV download: its file name and its rows, produced as the client reads them. */
export interface LeadExportFile {
  fileName: string;
  csv: Readable;
}

@Injectable()
export class LeadExportService {
  private readonly logger = new Logger(LeadExportService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /**
   * The leads the list's filters select as CSV, read a page of 1000 at a time by id, so memory
   * stays flat whatever the size. Everything that can be refused (and the first page) is settled
   * before the answer starts: once the file streams the status is 200 and cannot change.
   */
  async export(actor: Actor, query: QueryLeadsDto): Promise<LeadExportFile> {
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
    const firstPage = await this.page(where, null);

    // The BOM makes Excel read the file as UTF-8 (names with accents); the import strips it.
    const csv = pipeline(Readable.from(this.records(where, firstPage)), stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: true }), (error) => {
      // A client that hangs up is nothing that went wrong on our side.
      if (error && (error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error(`the lead export of hospital ${actor.hospitalId} broke off: ${error.stack ?? error.message}`);
      }
    });
    return { fileName: `leads-${hospital.code}-${localDate(new Date(), hospital.timezone)}.csv`, csv };
  }

  private page(where: Prisma.CRMLeadWhereInput, afterId: string | null): Promise<ExportedLead[]> {
    return this.prisma.cRMLead.findMany({
      // AND keeps the list's own id filter (?ids=) alongside the cursor.
      where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
      orderBy: { id: 'asc' },
      take: PAGE_SIZE,
      select: exportSelect,
    });
  }

  private async *records(where: Prisma.CRMLeadWhereInput, firstPage: ExportedLead[]): AsyncGenerator<ExportRecord> {
    let page = firstPage;
    let sent = 0;
    for (;;) {
      for (const lead of page) {
        // Leads created since the count do not push the file past the cap.
        if (sent++ >= MAX_EXPORT_ROWS) return;
        yield toRecord(lead);
      }
      if (page.length < PAGE_SIZE) return;
      page = await this.page(where, page[page.length - 1].id);
    }
  }
}
