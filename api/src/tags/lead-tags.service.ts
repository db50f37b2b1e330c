import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { TagActor } from './tags.service';

type Tx = Prisma.TransactionClient;
export interface LeadTagView {
  id: string;
  name: string;
  color: string;
}

@Injectable()
export class LeadTagsService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /**
   * Attaches tags to a lead. Already-attached tags are left alone (no second activity), so
   * sending the same request twice changes nothing. Every tag must be this hospital's (422).
   */
  async attach(actor: TagActor, leadId: string, tagIds: string[]): Promise<LeadTagView[]> {
    const wanted = [...new Set(tagIds)];
    return this.prisma.$transaction(async (tx) => {
      await this.lockLead(tx, actor.hospitalId, leadId);
      const tags = await tx.cRMTag.findMany({ where: { id: { in: wanted }, hospitalId: actor.hospitalId }, select: { id: true, name: true } });
      if (tags.length !== wanted.length) {
        const known = new Set(tags.map((t) => t.id));
        const unknown = wanted.filter((id) => !known.has(id));
        throw ApiError.unprocessable('One or more tags do not exist in this hospital', [{ field: 'tagIds', messages: [`unknown tag: ${unknown.join(', ')}`] }]);
      }
      const linked = new Set((await tx.cRMLeadTag.findMany({ where: { leadId, tagId: { in: wanted } }, select: { tagId: true } })).map((link) => link.tagId));
      const added = tags.filter((tag) => !linked.has(tag.id));
      if (added.length) {
        await tx.cRMLeadTag.createMany({ data: added.map((tag) => ({ leadId, tagId: tag.id })) });
        await tx.cRMActivity.createMany({
          data: added.map((tag) => ({
            hospitalId: actor.hospitalId,
            leadId,
            activityType: 'TAG_ADDED' as const,
            title: `Tag "${tag.name}" added`,
            metadata: { tagId: tag.id, tagName: tag.name },
            performedById: actor.userId,
          })),
        });
      }
      return this.tagsOf(tx, leadId);
    });
  }

  /** Detaches one tag. A tag that was not attached is fine (nothing changes); a tag of another hospital is 404. */
  async detach(actor: TagActor, leadId: string, tagId: string): Promise<LeadTagView[]> {
    return this.prisma.$transaction(async (tx) => {
      await this.lockLead(tx, actor.hospitalId, leadId);
      const tag = await tx.cRMTag.findFirst({ where: { id: tagId, hospitalId: actor.hospitalId }, select: { id: true, name: true } });
      if (!tag) throw ApiError.notFound('Tag', tagId);
      const removed = await tx.cRMLeadTag.deleteMany({ where: { leadId, tagId } });
      if (removed.count) {
        await tx.cRMActivity.create({
          data: {
            hospitalId: actor.hospitalId,
            leadId,
            activityType: 'TAG_REMOVED',
            title: `Tag "${tag.name}" removed`,
            metadata: { tagId: tag.id, tagName: tag.name },
            performedById: actor.userId,
          },
        });
      }
      return this.tagsOf(tx, leadId);
    });
  }

  /**
   * The lead row is locked for the transaction: two clicks attaching the same tag at once
   * produce one link and one activity. Another hospital's lead is 404, like a missing one.
   */
  private async lockLead(tx: Tx, hospitalId: string, leadId: string): Promise<void> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "CRMLead" WHERE id = ${leadId}::uuid AND "hospitalId" = ${hospitalId}::uuid AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw ApiError.notFound('Lead', leadId);
  }

  private async tagsOf(tx: Tx, leadId: string): Promise<LeadTagView[]> {
    const links = await tx.cRMLeadTag.findMany({
      where: { leadId },
      select: { tag: { select: { id: true, name: true, color: true } } },
      orderBy: { tag: { name: 'asc' } },
    });
    return links.map((link) => link.tag);
  }
}
