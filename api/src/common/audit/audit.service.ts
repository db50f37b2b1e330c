import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { InjectPrisma, type PrismaClient } from '../prisma/prisma.module';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
  ip?: string;
}

type AuditWriter = Pick<PrismaClient, 'auditLog'>;

/** Who did it: a user, or a host system acting through an API key (userId null). */
export interface AuditActor {
  userId: string | null;
  hospitalId: string | null;
}

/** Rows for sensitive operations (logins, conversions, deletions, exports, settings, roles). */
@Injectable()
export class AuditService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** Pass a transaction client to make the audit row part of the change it records. */
  async record(actor: AuditActor | null, entry: AuditEntry, db: AuditWriter = this.prisma): Promise<void> {
    await db.auditLog.create({
      data: {
        hospitalId: actor?.hospitalId ?? null,
        userId: actor?.userId ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        details: entry.details,
        ip: entry.ip,
      },
    });
  }
}
