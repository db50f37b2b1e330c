import { Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import type { CommunicationStatus } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../../common/temporal/lead-score.trigger';
import { DeliveryStatusService, trackedCommunicationSelect, type TrackedCommunication } from '../delivery-status.service';
import { ParkedStatusStore } from './parked-status-store';
import type { TwilioStatusCallback } from './twilio-params';

export interface TwilioStatusOutcome {
  communicationId: string | null;
  movedTo: CommunicationStatus | null;
  /** The message's sid is not recorded yet: the status is kept and applied once it is. */
  parked: boolean;
}

/** Kept callbacks applied per transaction by applyParked. */
export const PARKED_BATCH = 100;

const twilioMessage = (sid: string) =>
  ({ providerMessageId: sid, direction: 'OUTBOUND', channel: { in: ['SMS', 'WHATSAPP'] } }) satisfies Prisma.CRMCommunicationWhereInput;

/** Twilio status callbacks (StatusCallback of each SMS / WhatsApp message), forward only. */
@Injectable()
export class TwilioStatusService {
  private readonly logger = new Logger(TwilioStatusService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly delivery: DeliveryStatusService,
    private readonly scores: LeadScoreTrigger,
    private readonly parked: ParkedStatusStore,
  ) {}

  async apply(callback: TwilioStatusCallback, now = new Date()): Promise<TwilioStatusOutcome> {
    const row = await this.prisma.cRMCommunication.findFirst({ where: twilioMessage(callback.messageSid), select: trackedCommunicationSelect });
    if (!row) {
      if (!callback.status) return { communicationId: null, movedTo: null, parked: false };
      // The callback outran the send activity storing the sid (Twilio reports some failures at once).
      await this.parked.park(callback.messageSid, callback.status, callback.failureReason, now);
      this.logger.log(`Twilio ${callback.twilioStatus} for ${callback.messageSid} kept until the send records that sid`);
      return { communicationId: null, movedTo: null, parked: true };
    }
    if (!callback.status) return { communicationId: row.id, movedTo: null, parked: false };
    const { moved, rescore } = await this.advance(row, callback.status, now, callback.failureReason);
    if (rescore) await this.scores.recompute(rescore);
    return { communicationId: row.id, movedTo: moved ? callback.status : null, parked: false };
  }

  /** Moves the message forward; a failed message lowers its lead's response rate, so the lead is to be rescored. */
  private async advance(row: TrackedCommunication, status: CommunicationStatus, at: Date, failureReason: string | null, tx?: Prisma.TransactionClient) {
    const moved = await this.delivery.advance(row, status, at, failureReason ?? undefined, tx);
    return { moved, rescore: moved && status === 'FAILED' ? row.leadId : null };
  }

  /**
   * Applies up to PARKED_BATCH kept callbacks whose message has since recorded its sid, oldest first, and forgets
   * them in the same transaction. Returns how many were claimed.
   */
  async applyParked(): Promise<number> {
    const rescore: string[] = [];
    const claimed = await this.prisma.$transaction(async (tx) => {
      const events = await this.parked.claimArrived(tx, PARKED_BATCH);
      for (const event of events) {
        // Read per event: an earlier one for the same message may have just moved it.
        const row = await tx.cRMCommunication.findFirst({ where: twilioMessage(event.providerMessageId), select: trackedCommunicationSelect });
        if (!row) continue; // the sid belongs to a message of another kind: nothing to apply
        // Stamped when Twilio told us, or when the send was recorded if that came later, so the stages read in order.
        const at = row.sentAt && row.sentAt > event.receivedAt ? row.sentAt : event.receivedAt;
        const { rescore: leadId } = await this.advance(row, event.status, at, event.failureReason, tx);
        if (leadId) rescore.push(leadId);
      }
      await this.parked.remove(
        tx,
        events.map((event) => event.id),
      );
      return events.length;
    });
    for (const leadId of rescore) await this.scores.recompute(leadId);
    return claimed;
  }
}
