import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { checkTemplate, contentMaxFor, TEMPLATE_LIMITS, type TemplateCategory, type TemplateChannel } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { CreateTemplateDto } from './dto/create-template.dto';
import type { PreviewTemplateDto } from './dto/preview-template.dto';
import type { QueryTemplatesDto } from './dto/query-templates.dto';
import type { UpdateTemplateDto } from './dto/update-template.dto';
import { templateRejected } from './template-errors';
import { TemplateRenderer } from './template-renderer.service';
import { templateSelect } from './template-view';

/** Who acts: the signed-in user, in the hospital the request is scoped to. */
export interface TemplateActor {
  hospitalId: string;
  userId: string;
}

/** A template as it would be saved, after a PUT's fields are laid over the stored ones. */
interface TemplateDraft {
  name: string;
  channel: TemplateChannel;
  category: TemplateCategory;
  subject: string | null;
  content: string;
  variables: string[];
  isActive: boolean;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';
const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value);

@Injectable()
export class TemplatesService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly renderer: TemplateRenderer,
  ) {}

  async list(hospitalId: string, query: QueryTemplatesDto) {
    const q = query.q?.trim();
    const contains = q ? { contains: likeText(q), mode: 'insensitive' as const } : undefined;
    const where: Prisma.CRMTemplateWhereInput = {
      hospitalId,
      ...(query.channel?.length && { channel: { in: query.channel } }),
      ...(query.category?.length && { category: { in: query.category } }),
      ...(query.isActive !== undefined && { isActive: query.isActive }),
      ...(query.ids?.length && { id: { in: query.ids } }),
      ...(contains && { OR: [{ name: contains }, { subject: contains }, { content: contains }] }),
    };
    const orderBy: Prisma.CRMTemplateOrderByWithRelationInput[] = [{ [query.sort]: query.order }, ...(query.sort === 'id' ? [] : [{ id: query.order }])];
    const [templates, total] = await Promise.all([
      this.prisma.cRMTemplate.findMany({ where, select: templateSelect, orderBy, skip: skipFor(query), take: query.limit }),
      this.prisma.cRMTemplate.count({ where }),
    ]);
    return paginated('templates', templates, query, total);
  }

  async get(hospitalId: string, id: string) {
    const template = await this.prisma.cRMTemplate.findFirst({ where: { id, hospitalId }, select: templateSelect });
    if (!template) throw ApiError.notFound('Template', id);
    return template;
  }

  async create(actor: TemplateActor, dto: CreateTemplateDto) {
    const draft = this.validated({
      name: dto.name,
      channel: dto.channel,
      category: dto.category,
      subject: dto.channel === 'EMAIL' ? (dto.subject ?? null) : null,
      content: dto.content,
      variables: dto.variables ?? [],
      isActive: dto.isActive ?? true,
    });
    await this.assertNameFree(actor.hospitalId, draft.name, draft.channel);
    try {
      return await this.prisma.cRMTemplate.create({ data: { hospitalId: actor.hospitalId, createdById: actor.userId, ...draft }, select: templateSelect });
    } catch (error) {
      // Two people saving the same name at once: the unique index decides, the message stays clear.
      if (isUniqueViolation(error)) throw this.duplicateName(draft.name, draft.channel);
      throw error;
    }
  }

  async update(actor: TemplateActor, id: string, dto: UpdateTemplateDto) {
    const current = await this.get(actor.hospitalId, id);
    const channel = dto.channel ?? current.channel;
    if (channel !== 'EMAIL' && blankToNull(dto.subject) !== null) {
      throw ApiError.badRequest(`Invalid request: subject is only for EMAIL templates; leave it out for ${channel}`, [
        { field: 'subject', messages: [`subject is only for EMAIL templates; leave it out for ${channel}`] },
      ]);
    }
    const draft = this.validated({
      name: dto.name ?? current.name,
      channel: channel as TemplateChannel,
      category: dto.category ?? current.category,
      // A template moved to SMS or WhatsApp loses its subject.
      subject: channel === 'EMAIL' ? (dto.subject !== undefined ? dto.subject : current.subject) : null,
      content: dto.content ?? current.content,
      variables: dto.variables ?? current.variables,
      isActive: dto.isActive ?? current.isActive,
    });
    if (draft.name !== current.name || draft.channel !== current.channel) await this.assertNameFree(actor.hospitalId, draft.name, draft.channel, id);
    try {
      return await this.prisma.cRMTemplate.update({ where: { id }, data: draft, select: templateSelect });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.duplicateName(draft.name, draft.channel);
      throw error;
    }
  }

  /**
   * A template that messages or campaigns used stays, deactivated, so their history still
   * says which template they came from; one never used is deleted. Audited either way.
   */
  async remove(actor: TemplateActor, id: string) {
    return this.prisma.$transaction(async (tx) => {
      // Locked, so a message or campaign cannot start using it between the check and the delete.
      const [template] = await tx.$queryRaw<Array<{ id: string; name: string; channel: string; category: string; isActive: boolean }>>`
        SELECT id, name, channel::text AS channel, category::text AS category, "isActive" FROM "CRMTemplate"
        WHERE id = ${id}::uuid AND "hospitalId" = ${actor.hospitalId}::uuid FOR UPDATE`;
      if (!template) throw ApiError.notFound('Template', id);
      const usedBy = {
        communications: (await tx.cRMCommunication.findFirst({ where: { templateId: id }, select: { id: true } })) !== null,
        campaigns: (await tx.cRMCampaign.findFirst({ where: { templateId: id }, select: { id: true } })) !== null,
      };
      const used = usedBy.communications || usedBy.campaigns;
      if (used) {
        await tx.cRMTemplate.update({ where: { id }, data: { isActive: false } });
      } else {
        await tx.cRMTemplate.delete({ where: { id } });
      }
      await this.audit.record(
        { userId: actor.userId, hospitalId: actor.hospitalId },
        {
          action: used ? 'template.deactivate' : 'template.delete',
          entityType: 'CRMTemplate',
          entityId: id,
          details: { name: template.name, channel: template.channel, category: template.category, wasActive: template.isActive, usedBy },
        },
        tx,
      );
      return used ? { id, deleted: false, deactivated: true, usedBy } : { id, deleted: true };
    });
  }

  /** The template rendered for a lead or with the values given (or both; given values win). */
  preview(hospitalId: string, id: string, dto: PreviewTemplateDto) {
    return this.renderer.render(hospitalId, id, dto.values ?? {}, { leadId: dto.leadId, allowInactive: true });
  }

  /** The rules a template must meet as a whole: 400 for a channel's field rules, 422 for its text. */
  private validated(draft: TemplateDraft): TemplateDraft {
    const subject = draft.channel === 'EMAIL' ? blankToNull(draft.subject) : null;
    if (draft.channel === 'EMAIL' && subject === null) {
      throw ApiError.badRequest('Invalid request: subject is required for EMAIL templates', [
        { field: 'subject', messages: ['subject is required for EMAIL templates'] },
      ]);
    }
    const max = contentMaxFor(draft.channel);
    if (draft.content.length > max) {
      const message = `content must be at most ${max} characters${draft.channel === 'SMS' ? ' for SMS' : ''}`;
      throw ApiError.badRequest(`Invalid request: ${message}`, [{ field: 'content', messages: [message] }]);
    }
    if (draft.variables.length > TEMPLATE_LIMITS.variablesMax) {
      throw ApiError.badRequest(`Invalid request: at most ${TEMPLATE_LIMITS.variablesMax} variables`, [
        { field: 'variables', messages: [`at most ${TEMPLATE_LIMITS.variablesMax} variables`] },
      ]);
    }
    const problems = checkTemplate({ content: draft.content, subject, declared: draft.variables });
    if (problems.some((p) => p.severity === 'error')) throw templateRejected(problems);
    return { ...draft, subject };
  }

  /** Names are unique per hospital and channel ignoring case: "Welcome" and "welcome" would confuse anyone choosing one. */
  private async assertNameFree(hospitalId: string, name: string, channel: TemplateChannel, exceptId?: string): Promise<void> {
    // lower() = lower(), not ILIKE: a name with "_" or "%" must not match other names as a pattern.
    const [clash] = await this.prisma.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT id, name FROM "CRMTemplate"
      WHERE "hospitalId" = ${hospitalId}::uuid AND channel = ${channel}::"CommunicationChannel"
        AND lower(name) = lower(${name}) AND id <> ${exceptId ?? NO_ID}::uuid
      LIMIT 1`;
    if (clash) throw this.duplicateName(clash.name, channel, clash.id);
  }

  private duplicateName(name: string, channel: TemplateChannel, existingTemplateId?: string): ApiError {
    return ApiError.conflict(`A template named "${name}" already exists for ${channel} in this hospital`, [
      { field: 'name', messages: [`already used by another ${channel} template`], ...(existingTemplateId && { existingTemplateId }) },
    ]);
  }
}
