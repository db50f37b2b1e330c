import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { CreateTagDto } from './dto/create-tag.dto';
import type { QueryTagsDto } from './dto/query-tags.dto';
import type { UpdateTagDto } from './dto/update-tag.dto';

/** Who acts: the signed-in user, in the hospital the request is scoped to. */
export interface TagActor {
  hospitalId: string;
  userId: string;
}

// leadCount counts the leads a person can still see: soft-deleted leads keep their links but not their place in the count.
const tagSelect = {
  id: true,
  name: true,
  color: true,
  category: true,
  createdAt: true,
  _count: { select: { leads: { where: { lead: { deletedAt: null } } } } },
} as const satisfies Prisma.CRMTagSelect;

type TagRow = Prisma.CRMTagGetPayload<{ select: typeof tagSelect }>;

const toTagView = ({ _count, ...tag }: TagRow) => ({ ...tag, leadCount: _count.leads });

// Prisma matches `mode: 'insensitive'` filters with ILIKE: escape its wildcards so "_" and "%" are plain text.
const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const NO_ID = '00000000-0000-0000-0000-000000000000';
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

@Injectable()
export class TagsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async list(hospitalId: string, query: QueryTagsDto) {
    const q = query.q?.trim();
    const category = query.category?.trim();
    const where: Prisma.CRMTagWhereInput = {
      hospitalId,
      ...(q && { name: { contains: likeLiteral(q), mode: 'insensitive' } }),
      ...(category && { category: { equals: likeLiteral(category), mode: 'insensitive' } }),
    };
    const [tags, total] = await Promise.all([
      this.prisma.cRMTag.findMany({ where, select: tagSelect, orderBy: [{ name: query.order }, { id: query.order }], skip: skipFor(query), take: query.limit }),
      this.prisma.cRMTag.count({ where }),
    ]);
    return paginated('tags', tags.map(toTagView), query, total);
  }

  async get(hospitalId: string, id: string) {
    const tag = await this.prisma.cRMTag.findFirst({ where: { id, hospitalId }, select: tagSelect });
    if (!tag) throw ApiError.notFound('Tag', id);
    return toTagView(tag);
  }

  async create(actor: TagActor, dto: CreateTagDto) {
    await this.assertNameFree(actor.hospitalId, dto.name);
    try {
      const tag = await this.prisma.cRMTag.create({
        data: { hospitalId: actor.hospitalId, name: dto.name, color: dto.color, category: dto.category ?? null },
        select: tagSelect,
      });
      return toTagView(tag);
    } catch (error) {
      // Two people creating the same tag at once: the unique index decides, the message stays clear.
      if (isUniqueViolation(error)) throw this.duplicateName(dto.name);
      throw error;
    }
  }

  async update(actor: TagActor, id: string, dto: UpdateTagDto) {
    await this.get(actor.hospitalId, id);
    if (dto.name !== undefined) await this.assertNameFree(actor.hospitalId, dto.name, id);
    try {
      const tag = await this.prisma.cRMTag.update({ where: { id }, data: { name: dto.name, color: dto.color, category: dto.category }, select: tagSelect });
      return toTagView(tag);
    } catch (error) {
      if (isUniqueViolation(error) && dto.name !== undefined) throw this.duplicateName(dto.name);
      throw error;
    }
  }

  /** Deletes the tag and, through the schema's cascade, its links to leads; audited. */
  async remove(actor: TagActor, id: string) {
    const tag = await this.get(actor.hospitalId, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.cRMTag.delete({ where: { id } });
      await this.audit.record(
        { userId: actor.userId, hospitalId: actor.hospitalId },
        {
          action: 'tag.delete',
          entityType: 'CRMTag',
          entityId: id,
          details: { name: tag.name, color: tag.color, category: tag.category, leadCount: tag.leadCount },
        },
        tx,
      );
    });
    return { id, deleted: true };
  }

  /** Names are unique per hospital ignoring case: "VIP" and "vip" would be the same tag to a person. */
  private async assertNameFree(hospitalId: string, name: string, exceptId?: string): Promise<void> {
    // lower() = lower(), not ILIKE: a name with "_" or "%" must not match other names as a pattern.
    const [clash] = await this.prisma.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT id, name FROM "CRMTag"
      WHERE "hospitalId" = ${hospitalId}::uuid AND lower(name) = lower(${name}) AND id <> ${exceptId ?? NO_ID}::uuid
      LIMIT 1`;
    if (clash) throw this.duplicateName(clash.name, clash.id);
  }

  private duplicateName(name: string, existingTagId?: string): ApiError {
    return ApiError.conflict(`A tag named "${name}" already exists in this hospital`, [
      { field: 'name', messages: ['already used by another tag'], ...(existingTagId && { existingTagId }) },
    ]);
  }
}
