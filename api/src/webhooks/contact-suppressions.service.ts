import { Injectable } from '@nestjs/common';
import type { SuppressionReason, SuppressionScope } from '@hospital-crm/db';
import type { SendableChannel } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';

export interface SuppressionRequest {
  hospitalId: string;
  channel: SendableChannel;
  /** Normalised: lower-case email or E.164 phone number. */
  address: string;
  reason: SuppressionReason;
  scope: SuppressionScope;
  /** Where it came from, e.g. `ses:bounce`, `twilio:stop`, `unsubscribe-link`. */
  source: string;
}

/** What a suppression request did: a new row, a MARKETING row widened to ALL, or nothing (it was already there). */
export type SuppressionOutcome = { change: 'created' | 'widened'; id: string } | { change: 'none'; id: string };

type SuppressionWriter = Pick<PrismaClient, 'contactSuppression'>;

/**
 * Do-not-contact rows, one per (hospital, channel, address). Idempotent: a repeated request changes
 * nothing, and a scope only ever widens (an unsubscribe never narrows a hard bounce's ALL).
 */
@Injectable()
export class ContactSuppressionsService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** Pass a transaction client to make the suppression part of a larger change. */
  async suppress(request: SuppressionRequest, db: SuppressionWriter = this.prisma): Promise<SuppressionOutcome> {
    const key = { hospitalId: request.hospitalId, channel: request.channel, address: request.address };
    // INSERT … ON CONFLICT DO NOTHING: concurrent requests for one address cannot collide.
    const { count } = await db.contactSuppression.createMany({
      data: [{ ...key, reason: request.reason, scope: request.scope, source: request.source }],
      skipDuplicates: true,
    });
    let change: SuppressionOutcome['change'] = count === 1 ? 'created' : 'none';
    if (change === 'none' && request.scope === 'ALL') {
      const widened = await db.contactSuppression.updateMany({
        where: { ...key, scope: 'MARKETING' },
        data: { scope: 'ALL', reason: request.reason, source: request.source },
      });
      if (widened.count === 1) change = 'widened';
    }
    const row = await db.contactSuppression.findUniqueOrThrow({ where: { hospitalId_channel_address: key }, select: { id: true } });
    return { change, id: row.id };
  }

  async find(hospitalId: string, channel: SendableChannel, address: string) {
    return this.prisma.contactSuppression.findUnique({
      where: { hospitalId_channel_address: { hospitalId, channel, address } },
      select: { id: true, reason: true, scope: true },
    });
  }
}
