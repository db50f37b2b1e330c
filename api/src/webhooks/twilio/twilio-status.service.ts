import { Injectable, Logger } from '@nestjs/common';
import type { CommunicationStatus } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../../common/temporal/lead-score.trigger';
import { DeliveryStatusService, trackedCommunicationSelect } from '../delivery-status.service';
import type { TwilioStatusCallback } from './twilio-params';

export interface TwilioStatusOutcome {
  communicationId: string | null;
  movedTo: CommunicationStatus | null;
}

/** Twilio status callbacks (StatusCallback of each SMS / WhatsApp message), forward only. */
@Injectable()
export class TwilioStatusService {
  private readonly logger = new Logger(TwilioStatusService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly delivery: DeliveryStatusService,
    private readonly scores: LeadScoreTrigger,
  ) {}

  async apply(callback: TwilioStatusCallback, now = new Date()): Promise<TwilioStatusOutcome> {
    const row = await this.prisma.cRMCommunication.findFirst({
      where: { providerMessageId: callback.messageSid, direction: 'OUTBOUND', channel: { in: ['SMS', 'WHATSAPP'] } },
      select: trackedCommunicationSelect,
    });
    if (!row) {
      // E.g. the callback for "queued" outran the send activity storing the sid; later callbacks find it.
      this.logger.warn(`Twilio ${callback.twilioStatus} for unknown message ${callback.messageSid}: nothing recorded`);
      return { communicationId: null, movedTo: null };
    }
    if (!callback.status) return { communicationId: row.id, movedTo: null };
    const moved = await this.delivery.advance(row, callback.status, now, callback.failureReason ?? undefined);
    if (moved && callback.status === 'FAILED' && row.leadId) await this.scores.recompute(row.leadId);
    return { communicationId: row.id, movedTo: moved ? callback.status : null };
  }
}
