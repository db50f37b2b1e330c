import { Injectable } from '@nestjs/common';
import { countAudience, sampleAudience, type Prisma } from '@hospital-crm/db';
import type { SendableChannel } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import type { CreateCampaignDto } from './dto/create-campaign.dto';
import type { QueryCampaignsDto } from './dto/query-campaigns.dto';
import type { UpdateCampaignDto } from './dto/update-campaign.dto';
import type { AudiencePreviewDto } from './dto/audience-preview.dto';
import { campaignSelect, toCampaignView, type CampaignView } from './campaign-view';
import { futureStart, refuseNulls, requireStatus, validAudience } from './campaign-rules';
import { CampaignWorkflows } from './campaign-workflows';

type Tx = Prisma.TransactionClient;

export interface CampaignActor {
  userId: string;
  hospitalId: string;
}

const PREVIEW_SAMPLE = 10;
const REQUIRED_FIELDS = ['name', 'campaignType', 'channel', 'templateId', 'audience'] as const;

/** Campaign records: list, read, and a DRAFT's create, edit and delete. Sending is CampaignActionsService's. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly workflows: CampaignWorkflows,
  ) {}

  async list(hospitalId: string, query: QueryCampaignsDto) {
    const where: Prisma.CRMCampaignWhereInput = {
      hospitalId,
      // A birthday campaign's daily runs are listed under it, not beside it.
      parentCampaignId: query.parentCampaignId ?? null,
      ...(query.status?.length && { status: { in: query.status } }),
      ...(query.campaignType?.length && { campaignType: { in: query.campaignType } }),
      ...(query.channel?.length && { channel: { in: query.channel } }),
      ...((query.createdFrom || query.createdTo) && {
        createdAt: { ...(query.createdFrom && { gte: new Date(query.createdFrom) }), ...(query.createdTo && { lte: new Date(query.createdTo) }) },
      }),
      ...(query.q && { name: { contains: likeText(query.q), mode: 'insensitive' as const } }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.cRMCampaign.findMany({
        where,
        select: campaignSelect,
        orderBy: [{ createdAt: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.cRMCampaign.count({ where }),
    ]);
    return paginated('campaigns', rows.map(toCampaignView), query, total);
  }

  /** 404 for an unknown id and for another hospital's campaign alike. */
  async get(hospitalId: string, id: string): Promise<CampaignView> {
    const campaign = await this.prisma.cRMCampaign.findFirst({ where: { id, hospitalId }, select: campaignSelect });
    if (!campaign) throw ApiError.notFound('Campaign', id);
    return toCampaignView(campaign);
  }

  async create(actor: CampaignActor, dto: CreateCampaignDto, now = new Date()) {
    const audience = validAudience(dto.audience);
    const scheduledAt = dto.scheduledAt ? futureStart(dto.scheduledAt, 'scheduledAt', now) : null;
    const id = await this.prisma.$transaction(async (tx) => {
      await this.checkTemplate(tx, actor.hospitalId, dto.templateId, dto.channel);
      const campaign = await tx.cRMCampaign.create({
        data: {
          hospitalId: actor.hospitalId,
          createdById: actor.userId,
          name: dto.name,
          description: dto.description ?? null,
          campaignType: dto.campaignType,
          channel: dto.channel,
          templateId: dto.templateId,
          audience: audience as Prisma.InputJsonObject,
          costPerMessage: dto.costPerMessage ?? null,
          budget: dto.budget ?? null,
          scheduledAt,
        },
        select: { id: true },
      });
      await this.audit.record(
        { userId: actor.userId, hospitalId: actor.hospitalId },
        {
          action: 'campaign.create',
          entityType: 'CRMCampaign',
          entityId: campaign.id,
          details: { name: dto.name, channel: dto.channel, audience: audience as Prisma.InputJsonObject },
        },
        tx,
      );
      return campaign.id;
    });
    return this.get(actor.hospitalId, id);
  }

  /** Only a DRAFT changes (409 otherwise); the row is locked so a launch cannot slip in between. */
  async update(actor: CampaignActor, id: string, dto: UpdateCampaignDto, now = new Date()) {
    refuseNulls(dto, REQUIRED_FIELDS);
    const audience = dto.audience === undefined ? undefined : validAudience(dto.audience);
    const scheduledAt = dto.scheduledAt ? futureStart(dto.scheduledAt, 'scheduledAt', now) : dto.scheduledAt;
    await this.prisma.$transaction(async (tx) => {
      const current = await this.lockDraft(tx, actor.hospitalId, id, 'edited');
      const channel = dto.channel ?? current.channel;
      const templateId = dto.templateId ?? current.templateId;
      if (dto.channel !== undefined || dto.templateId !== undefined) {
        if (!templateId) throw ApiError.unprocessable('Choose a template for the campaign', [{ field: 'templateId', messages: ['templateId is required'] }]);
        await this.checkTemplate(tx, actor.hospitalId, templateId, channel);
      }
      await tx.cRMCampaign.update({
        where: { id },
        data: {
          ...(dto.name !== undefined && { name: dto.name }),
          ...(dto.description !== undefined && { description: dto.description }),
          ...(dto.campaignType !== undefined && { campaignType: dto.campaignType }),
          ...(dto.channel !== undefined && { channel: dto.channel }),
          ...(dto.templateId !== undefined && { templateId: dto.templateId }),
          ...(audience !== undefined && { audience: audience as Prisma.InputJsonObject }),
          ...(dto.costPerMessage !== undefined && { costPerMessage: dto.costPerMessage }),
          ...(dto.budget !== undefined && { budget: dto.budget }),
          ...(scheduledAt !== undefined && { scheduledAt: scheduledAt === null ? null : new Date(scheduledAt) }),
        },
      });
    });
    return this.get(actor.hospitalId, id);
  }

  /** A DRAFT is deleted outright (nothing was sent); anything later is history and stays (409). */
  async remove(actor: CampaignActor, id: string) {
    const name = await this.prisma.$transaction(async (tx) => {
      const current = await this.lockDraft(tx, actor.hospitalId, id, 'deleted');
      // A lead may name the draft as its source campaign; the lead stays, the link goes.
      await tx.cRMLead.updateMany({ where: { campaignId: id }, data: { campaignId: null } });
      await tx.cRMCampaign.delete({ where: { id } });
      await this.audit.record(
        { userId: actor.userId, hospitalId: actor.hospitalId },
        { action: 'campaign.delete', entityType: 'CRMCampaign', entityId: id, details: { name: current.name } },
        tx,
      );
      return current.name;
    });
    // A launch that never got its answer may have left a workflow waiting for this draft.
    await this.workflows.discard(id);
    return { id, name, deleted: true };
  }

  /** How many people an audience reaches on a channel now, and the first ten of them. */
  async preview(hospitalId: string, dto: AudiencePreviewDto) {
    const audience = validAudience(dto.audience);
    const [count, sample] = await Promise.all([
      countAudience(this.prisma, hospitalId, dto.channel, audience),
      sampleAudience(this.prisma, hospitalId, dto.channel, audience, PREVIEW_SAMPLE),
    ]);
    return { channel: dto.channel, audience, count, sample };
  }

  /** The template must be this hospital's, active, and for the campaign's channel (422 otherwise). */
  async checkTemplate(db: Pick<Tx, 'cRMTemplate'>, hospitalId: string, templateId: string, channel: SendableChannel): Promise<void> {
    const template = await db.cRMTemplate.findFirst({ where: { id: templateId, hospitalId }, select: { channel: true, isActive: true, name: true } });
    const refuse = (message: string) => ApiError.unprocessable(message, [{ field: 'templateId', messages: [message] }]);
    if (!template) throw refuse(`Template ${templateId} was not found in this hospital`);
    if (!template.isActive) throw refuse(`Template "${template.name}" is not active`);
    if (template.channel !== channel) throw refuse(`Template "${template.name}" is for ${template.channel}, not ${channel}`);
  }

  private async lockDraft(tx: Tx, hospitalId: string, id: string, action: string) {
    const [row] = await tx.$queryRaw<Array<{ id: string; name: string; status: CampaignView['status']; channel: SendableChannel; templateId: string | null }>>`
      SELECT id, name, status::text AS status, channel::text AS channel, "templateId" FROM "CRMCampaign"
      WHERE id = ${id}::uuid AND "hospitalId" = ${hospitalId}::uuid FOR UPDATE`;
    if (!row) throw ApiError.notFound('Campaign', id);
    requireStatus(row, 'DRAFT', action);
    return row;
  }
}
