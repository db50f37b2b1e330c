import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../common/temporal/lead-score.trigger';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { InjectBodyCipher, type BodyCipher } from '../common/crypto/body-cipher.module';
import { communicationSelect, toCommunicationView } from './communication-view';
import type { LogCommunicationDto } from './dto/log-communication.dto';
import type { CommunicationStatsQueryDto, QueryCommunicationsDto } from './dto/query-communications.dto';

export interface Actor {
  hospitalId: string;
  userId: string;
}

const DAY = 86_400_000;
// Statuses that mean "it reached the person" / "they answered", for the rates.
const DELIVERED = ['DELIVERED', 'READ', 'RESPONDED'];

@Injectable()
export class CommunicationsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly scores: LeadScoreTrigger,
    @InjectBodyCipher() private readonly cipher: BodyCipher,
  ) {}

  /** Logs a conversation that already happened; it joins the lead's timeline and feeds the score. */
  async log(actor: Actor, dto: LogCommunicationDto, now = new Date()) {
    if (!dto.leadId && !dto.patientId)
      throw ApiError.badRequest('Say who this was with: leadId or patientId', [{ field: 'leadId', messages: ['leadId or patientId is required'] }]);
    const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : now;
    if (occurredAt.getTime() > now.getTime() + 60_000)
      throw ApiError.unprocessable('A logged communication cannot be in the future; schedule a message instead');
    const { occurredAt: _when, responded, ...fields } = dto;
    const id = await this.prisma.$transaction(async (tx) => {
      const lead = dto.leadId
        ? await tx.cRMLead.findFirst({ where: { id: dto.leadId, hospitalId: actor.hospitalId, deletedAt: null }, select: { id: true, lastContactedAt: true } })
        : null;
      if (dto.leadId && !lead) throw ApiError.notFound('Lead', dto.leadId);
      if (dto.patientId && !(await tx.patient.findFirst({ where: { id: dto.patientId, hospitalId: actor.hospitalId }, select: { id: true } }))) {
        throw ApiError.notFound('Patient', dto.patientId);
      }
      const status = dto.direction === 'OUTBOUND' && responded ? 'RESPONDED' : 'LOGGED';
      const created = await tx.cRMCommunication.create({
        data: {
          ...fields,
          hospitalId: actor.hospitalId,
          status,
          initiatedById: actor.userId,
          createdAt: occurredAt,
          ...(status === 'RESPONDED' && { respondedAt: occurredAt }),
        },
        select: { id: true, channel: true, direction: true },
      });
      if (lead) {
        if (!lead.lastContactedAt || lead.lastContactedAt < occurredAt)
          await tx.cRMLead.update({ where: { id: lead.id }, data: { lastContactedAt: occurredAt } });
        await tx.cRMActivity.create({
          data: {
            hospitalId: actor.hospitalId,
            leadId: lead.id,
            patientId: dto.patientId,
            activityType: 'COMMUNICATION_LOGGED',
            title: `${created.direction === 'INBOUND' ? 'Inbound' : 'Outbound'} ${created.channel.toLowerCase().replace('_', ' ')} logged`,
            description: dto.outcome,
            metadata: { communicationId: created.id },
            performedById: actor.userId,
          },
        });
      }
      return created.id;
    });
    if (dto.leadId) await this.scores.recompute(dto.leadId);
    return this.get(actor.hospitalId, id);
  }

  async get(hospitalId: string, id: string) {
    const row = await this.prisma.cRMCommunication.findFirst({ where: { id, hospitalId }, select: communicationSelect });
    if (!row) throw ApiError.notFound('Communication', id);
    return toCommunicationView(row, this.cipher);
  }

  async list(hospitalId: string, query: QueryCommunicationsDto) {
    const where: Prisma.CRMCommunicationWhereInput = {
      hospitalId,
      ...(query.channel?.length && { channel: { in: query.channel } }),
      ...(query.status?.length && { status: { in: query.status } }),
      ...(query.direction && { direction: query.direction }),
      ...(query.leadId && { leadId: query.leadId }),
      ...(query.patientId && { patientId: query.patientId }),
      ...(query.campaignId && { campaignId: query.campaignId }),
      ...((query.from || query.to) && { createdAt: { ...(query.from && { gte: new Date(query.from) }), ...(query.to && { lt: new Date(query.to) }) } }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.cRMCommunication.findMany({
        where,
        select: communicationSelect,
        orderBy: [{ createdAt: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.cRMCommunication.count({ where }),
    ]);
    return paginated(
      'communications',
      rows.map((row) => toCommunicationView(row, this.cipher)),
      query,
      total,
    );
  }

  /** Volume by channel and status over [from, to), with delivery and response rates of outbound messages. */
  async stats(hospitalId: string, query: CommunicationStatsQueryDto, now = new Date()) {
    const to = query.to ? new Date(query.to) : now;
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY);
    if (from >= to) throw ApiError.badRequest('from must be before to');
    const rows = await this.prisma.cRMCommunication.groupBy({
      by: ['channel', 'direction', 'status'],
      where: { hospitalId, createdAt: { gte: from, lt: to } },
      _count: { _all: true },
    });
    const byChannel: Record<string, { total: number; inbound: number; outbound: number; byStatus: Record<string, number> }> = {};
    let sent = 0;
    let delivered = 0;
    let responded = 0;
    for (const row of rows) {
      const n = row._count._all;
      const c = (byChannel[row.channel] ??= { total: 0, inbound: 0, outbound: 0, byStatus: {} });
      c.total += n;
      c[row.direction === 'INBOUND' ? 'inbound' : 'outbound'] += n;
      c.byStatus[row.status] = (c.byStatus[row.status] ?? 0) + n;
      if (row.direction === 'OUTBOUND' && !['SCHEDULED', 'QUEUED', 'CANCELLED', 'LOGGED'].includes(row.status)) {
        sent += n;
        if (DELIVERED.includes(row.status)) delivered += n;
        if (row.status === 'RESPONDED') responded += n;
      }
    }
    const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
    return {
      from,
      to,
      total: rows.reduce((sum, r) => sum + r._count._all, 0),
      byChannel,
      outbound: { sent, delivered, responded, deliveryRate: rate(delivered, sent), responseRate: rate(responded, sent) },
    };
  }
}
