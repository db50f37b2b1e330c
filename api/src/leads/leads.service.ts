import { HttpStatus, Injectable } from '@nestjs/common';
import { findOpenDuplicate, insertLead, type Prisma } from '@hospital-crm/db';
import { hospitalMonthStart, isOpenLeadStatus, OPEN_LEAD_STATUSES, validateLeadMove, type LeadStatus } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../common/temporal/lead-score.trigger';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import type { CreateLeadDto } from './dto/create-lead.dto';
import type { QueryLeadsDto } from './dto/query-leads.dto';
import type { UpdateLeadDto } from './dto/update-lead.dto';
import type { UpdateLeadStatusDto } from './dto/update-status.dto';
import type { MoveLeadDto } from './dto/move-lead.dto';
import { LeadAssignment } from './lead-assignment';
import { LeadCountCache } from './lead-count-cache';
import { uuidv7 } from '../lead-import/uuid-v7';
import { leadOrderBy, leadWhere } from './lead-filters';
import { searchPage, searchWords } from './lead-search';
import { leadDetailSelect, leadListSelect, toLeadView } from './lead-view';

/** Who acts: a signed-in user, or a host system / web form through an API key (userId null). */
export interface Actor {
  hospitalId: string;
  userId: string | null;
}

// Counting stops here: the list says "10,000+" instead of counting a whole hospital's leads.
export const COUNT_CAP = 10_000;
// A search's total stops sooner: every keystroke is a new search and its count is not cached. The 1,001st match
// of a common fragment ("ana" is on one lead in thirteen) lies a few thousand index entries into the hospital, the
// 10,001st past its end (about 4 ms against 15-35 ms on the bench's 100,000-lead hospital).
export const SEARCH_COUNT_CAP = 1_000;
// Offset paging is bounded; past it, narrow the filters.
const MAX_OFFSET = 10_000;
// Fields whose change moves the score (interest signals).
const SCORE_INPUTS = ['interestedIn', 'preferredDoctorId', 'preferredDate', 'source'] as const;

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

@Injectable()
export class LeadsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly assignment: LeadAssignment,
    private readonly scores: LeadScoreTrigger,
    private readonly audit: AuditService,
    private readonly counts: LeadCountCache,
  ) {}

  async create(actor: Actor, dto: CreateLeadDto, options: { allowDuplicate?: boolean } = {}) {
    if (!options.allowDuplicate) await this.assertNotDuplicate(actor.hospitalId, dto.phone, dto.email);
    const { tagIds = [], dateOfBirth, preferredDate, nextFollowUpAt, assignedToId, ...fields } = dto;
    const now = new Date();
    const lead = await this.prisma.$transaction(async (tx) => {
      if (assignedToId) await this.assignment.assertAssignable(tx, actor.hospitalId, assignedToId);
      await this.assertTagsBelong(tx, actor.hospitalId, tagIds);
      const owner = assignedToId ?? (await this.assignment.pickAssignee(tx, actor.hospitalId));
      const created = await insertLead(
        tx,
        actor.hospitalId,
        {
          ...fields,
          dateOfBirth: toDate(dateOfBirth),
          preferredDate: toDate(preferredDate),
          nextFollowUpAt: toDate(nextFollowUpAt),
          assignedToId: owner,
          tags: { create: tagIds.map((tagId) => ({ tagId })) },
        },
        actor.userId,
      );
      if (owner && !assignedToId) {
        await this.assignment.followUpTask(tx, actor.hospitalId, created.id, owner, `${created.firstName} ${created.lastName}`, now);
      }
      return created;
    });
    await this.scores.recompute(lead.id);
    return this.get(actor.hospitalId, lead.id);
  }

  async list(hospitalId: string, query: QueryLeadsDto) {
    const skip = skipFor(query);
    if (skip >= MAX_OFFSET) {
      throw ApiError.badRequest(`Pages beyond the first ${MAX_OFFSET} results are not served; narrow the filters or the search`);
    }
    const where = leadWhere(hospitalId, query);
    const page = { where, orderBy: leadOrderBy(query), skip, take: query.limit };
    const searching = searchWords(query.q).length > 0;
    const cap = searching ? SEARCH_COUNT_CAP : COUNT_CAP;
    const [rows, counted] = await Promise.all([
      searching
        ? searchPage(
            () => this.prisma.cRMLead.findMany({ ...page, select: { id: true } }),
            (ids) => this.prisma.cRMLead.findMany({ where: { hospitalId, id: { in: ids } }, select: leadListSelect }),
          )
        : this.prisma.cRMLead.findMany({ ...page, select: leadListSelect }),
      // Ordered by the hospital, which every row shares: PostgreSQL drops the ordering and stops at the cap on whichever
      // index fits (Prisma's default, the id, made it walk the primary key across every hospital's leads).
      this.counts.get(hospitalId, where, () => this.prisma.cRMLead.count({ where, take: cap + 1, orderBy: { hospitalId: 'asc' } })),
    ]);
    return { ...paginated('leads', rows.map(toLeadView), query, Math.min(counted, cap)), totalIsCapped: counted > cap };
  }

  async get(hospitalId: string, id: string) {
    const lead = await this.prisma.cRMLead.findFirst({ where: { id, hospitalId, deletedAt: null }, select: leadDetailSelect });
    if (!lead) throw ApiError.notFound('Lead', id);
    return toLeadView(lead);
  }

  async update(actor: Actor, id: string, dto: UpdateLeadDto) {
    const current = await this.get(actor.hospitalId, id);
    const { dateOfBirth, preferredDate, nextFollowUpAt, ...fields } = dto;
    const changed = Object.keys(dto);
    await this.prisma.$transaction([
      this.prisma.cRMLead.update({
        where: { id },
        data: { ...fields, dateOfBirth: toDate(dateOfBirth), preferredDate: toDate(preferredDate), nextFollowUpAt: toDate(nextFollowUpAt) },
      }),
      this.prisma.cRMActivity.create({
        data: {
          hospitalId: actor.hospitalId,
          leadId: id,
          activityType: 'UPDATED',
          title: `Updated ${changed.join(', ')}`,
          metadata: { fields: changed },
          performedById: actor.userId,
        },
      }),
    ]);
    if (SCORE_INPUTS.some((field) => field in dto)) await this.scores.recompute(current.id);
    return this.get(actor.hospitalId, id);
  }

  /** Soft delete: the row stays for the audit trail and reports, hidden from every list. */
  async remove(actor: Actor, id: string) {
    const lead = await this.get(actor.hospitalId, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.cRMLead.update({ where: { id }, data: { deletedAt: new Date() } });
      await this.audit.record(actor, { action: 'lead.delete', entityType: 'CRMLead', entityId: id, details: { leadNumber: lead.leadNumber } }, tx);
    });
    return { id, deleted: true };
  }

  async changeStatus(actor: Actor, id: string, dto: UpdateLeadStatusDto) {
    return this.move(actor, id, { ...dto, position: undefined });
  }

  /**
   * Status and Kanban position in one statement. The status moves only from the state the
   * caller saw: a concurrent move makes this one a 409, not a silent overwrite.
   */
  async move(actor: Actor, id: string, dto: Omit<MoveLeadDto, 'position'> & { position?: number }) {
    const lead = await this.prisma.cRMLead.findFirst({ where: { id, hospitalId: actor.hospitalId, deletedAt: null }, select: { id: true, status: true } });
    if (!lead) throw ApiError.notFound('Lead', id);
    const statusChanges = lead.status !== dto.status;
    if (statusChanges) validateLeadMove(lead.status, dto.status, dto.reason);
    // Read committed: reading the neighbours inside the write's transaction would lock nothing more.
    const position = dto.position === undefined ? undefined : await this.slotPosition(actor.hospitalId, dto.status, id, dto.position);
    if (statusChanges) {
      if (!(await this.writeStatusChange(actor, id, lead.status, dto, position))) {
        throw ApiError.conflict('Someone else moved this lead just now; reload and try again');
      }
    } else if (position !== undefined) {
      await this.prisma.cRMLead.update({ where: { id }, data: { position } });
    }
    // No score recompute: the formula (domain's scoreLead) reads no status, so a move never changes the score.
    return this.get(actor.hospitalId, id);
  }

  /**
   * The new status (and position) and its STATUS_CHANGED activity in one statement, so both or
   * neither are written: nothing when the lead is no longer in `from`. True when it moved.
   */
  private async writeStatusChange(actor: Actor, id: string, from: LeadStatus, dto: { status: LeadStatus; reason?: string }, position?: number) {
    const now = new Date();
    const lostReason = dto.status === 'LOST' ? dto.reason!.trim() : null;
    const moved = await this.prisma.$queryRaw<Array<{ id: string }>>`
      WITH moved AS (
        UPDATE "CRMLead"
        SET status = ${dto.status}::"LeadStatus", "statusChangedAt" = ${now}, "lostReason" = ${lostReason},
            position = COALESCE(${position ?? null}::float8, position), "updatedAt" = ${now}
        WHERE id = ${id}::uuid AND status = ${from}::"LeadStatus" AND "deletedAt" IS NULL
        RETURNING id)
      INSERT INTO "CRMActivity" (id, "hospitalId", "leadId", "activityType", title, description, metadata, "performedById", "createdAt")
      SELECT ${uuidv7(now.getTime())}::uuid, ${actor.hospitalId}::uuid, moved.id, 'STATUS_CHANGED', ${`Status changed from ${from} to ${dto.status}`},
             ${dto.reason ?? null}, ${JSON.stringify({ from, to: dto.status })}::jsonb, ${actor.userId}::uuid, ${now}
      FROM moved
      RETURNING id`;
    return moved.length > 0;
  }

  /** A position between the neighbours at `index` in the column, so a move writes one row. */
  private async slotPosition(hospitalId: string, status: LeadStatus, leadId: string, index: number): Promise<number> {
    const neighbours = await this.prisma.cRMLead.findMany({
      where: { hospitalId, status, deletedAt: null, id: { not: leadId } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      skip: Math.max(index - 1, 0),
      take: index === 0 ? 1 : 2,
      select: { position: true },
    });
    if (index === 0) return neighbours.length ? neighbours[0].position - 1 : 0;
    const [before, after] = neighbours;
    if (!before) return 0;
    return after ? (before.position + after.position) / 2 : before.position + 1;
  }

  async assign(actor: Actor, id: string, assignedToId: string | null) {
    const lead = await this.get(actor.hospitalId, id);
    await this.prisma.$transaction(async (tx) => {
      if (assignedToId) await this.assignment.assertAssignable(tx, actor.hospitalId, assignedToId);
      await tx.cRMLead.update({ where: { id }, data: { assignedToId } });
      await tx.cRMActivity.create({
        data: {
          hospitalId: actor.hospitalId,
          leadId: id,
          activityType: 'ASSIGNED',
          title: assignedToId ? 'Lead assigned' : 'Lead unassigned',
          metadata: { from: lead.assignedTo?.id ?? null, to: assignedToId },
          performedById: actor.userId,
        },
      });
    });
    return this.get(actor.hospitalId, id);
  }

  async stats(hospitalId: string, now = new Date()) {
    const where = { hospitalId, deletedAt: null };
    const { timezone } = await this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } });
    const monthStart = hospitalMonthStart(now, timezone);
    const [byStatus, bySource, newThisMonth, openScore] = await Promise.all([
      this.prisma.cRMLead.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.prisma.cRMLead.groupBy({ by: ['source'], where, _count: { _all: true } }),
      this.prisma.cRMLead.count({ where: { ...where, createdAt: { gte: monthStart } } }),
      this.prisma.cRMLead.aggregate({ where: { ...where, status: { in: [...OPEN_LEAD_STATUSES] } }, _avg: { score: true } }),
    ]);
    const count = (status: LeadStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
    const total = byStatus.reduce((sum, row) => sum + row._count._all, 0);
    const closed = count('CONVERTED') + count('LOST');
    return {
      total,
      open: byStatus.filter((row) => isOpenLeadStatus(row.status)).reduce((sum, row) => sum + row._count._all, 0),
      newThisMonth,
      byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
      bySource: Object.fromEntries(bySource.map((row) => [row.source, row._count._all])),
      // Of the leads that reached an outcome, the share that became patients.
      conversionRate: closed ? Math.round((count('CONVERTED') / closed) * 1000) / 10 : null,
      averageOpenScore: openScore._avg.score === null ? null : Math.round(openScore._avg.score * 10) / 10,
    };
  }

  private async assertNotDuplicate(hospitalId: string, phone?: string, email?: string): Promise<void> {
    const existing = await findOpenDuplicate(this.prisma, hospitalId, phone, email);
    if (existing) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'CONFLICT',
        `An open lead with this phone or email exists: ${existing.leadNumber}. Send allowDuplicate=true to create another.`,
        {
          existingLeadId: existing.id,
          leadNumber: existing.leadNumber,
        },
      );
    }
  }

  private async assertTagsBelong(tx: Prisma.TransactionClient, hospitalId: string, tagIds: string[]): Promise<void> {
    if (!tagIds.length) return;
    const found = await tx.cRMTag.count({ where: { id: { in: tagIds }, hospitalId } });
    if (found !== new Set(tagIds).size)
      throw ApiError.unprocessable('One or more tags do not exist in this hospital', [{ field: 'tagIds', messages: ['unknown tag'] }]);
  }
}
