import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { paginated, skipFor, type PaginationQueryDto } from '../common/pagination/pagination-query.dto';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { generateApiKey } from './api-key.crypto';
import type { CreateApiKeyDto } from './dto/create-api-key.dto';

export interface ApiKeyActor {
  hospitalId: string;
  userId: string;
}

// Never keyHash: what is listed identifies a key, it cannot be used as one.
const apiKeyView = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { id: true, firstName: true, lastName: true } },
} as const satisfies Prisma.ApiKeySelect;

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** Creates a key and returns it whole, this once; only its prefix and hash are kept. */
  async create(actor: ApiKeyActor, dto: CreateApiKeyDto) {
    for (let attempt = 1; ; attempt++) {
      const generated = generateApiKey();
      try {
        const created = await this.prisma.$transaction(async (tx) => {
          const row = await tx.apiKey.create({
            data: {
              hospitalId: actor.hospitalId,
              name: dto.name,
              scopes: dto.scopes,
              prefix: generated.prefix,
              keyHash: generated.keyHash,
              createdById: actor.userId,
            },
            select: apiKeyView,
          });
          await this.audit.record(
            actor,
            { action: 'api_key.create', entityType: 'ApiKey', entityId: row.id, details: { name: row.name, prefix: row.prefix, scopes: row.scopes } },
            tx,
          );
          return row;
        });
        return { ...created, key: generated.key };
      } catch (error) {
        // A prefix collision (36^8 values) is astronomically rare; draw again rather than fail.
        if (isUniqueViolation(error) && attempt < 3) continue;
        throw error;
      }
    }
  }

  async list(hospitalId: string, query: PaginationQueryDto) {
    const where: Prisma.ApiKeyWhereInput = { hospitalId };
    const [apiKeys, total] = await Promise.all([
      this.prisma.apiKey.findMany({
        where,
        select: apiKeyView,
        orderBy: [{ createdAt: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.apiKey.count({ where }),
    ]);
    return paginated('apiKeys', apiKeys, query, total);
  }

  /** Revokes at once: the next request with the key is refused. Revoking again changes nothing. */
  async revoke(actor: ApiKeyActor, id: string) {
    return this.prisma.$transaction(async (tx) => {
      const key = await tx.apiKey.findFirst({ where: { id, hospitalId: actor.hospitalId }, select: apiKeyView });
      if (!key) throw ApiError.notFound('API key', id);
      if (key.revokedAt) return key;
      const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, select: apiKeyView });
      await this.audit.record(actor, { action: 'api_key.revoke', entityType: 'ApiKey', entityId: id, details: { name: key.name, prefix: key.prefix } }, tx);
      return revoked;
    });
  }
}
