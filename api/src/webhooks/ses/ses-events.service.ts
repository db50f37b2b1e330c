import { Injectable, Logger } from '@nestjs/common';
import type { CommunicationStatus } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../../common/temporal/lead-score.trigger';
import { ContactSuppressionsService } from '../contact-suppressions.service';
import { CampaignFunnel } from '../campaign-funnel.service';
import { DeliveryStatusService, trackedCommunicationSelect, type TrackedCommunication } from '../delivery-status.service';
import type { SesEvent } from './ses-event';

/** What one SES event did, for the response body and the log. */
export interface SesEventOutcome {
  event: SesEvent['kind'];
  communicationId: string | null;
  /** The status the message moved to, or null when it did not move (unknown message, replay, out of order). */
  movedTo: CommunicationStatus | null;
  /** Addresses newly suppressed (or widened to ALL) by this event. */
  suppressed: string[];
}

/**
 * Applies SES delivery events to the messages they are about: status forward only, suppressions for
 * hard bounces and complaints (scope ALL: not even transactional mail goes to such an address),
 * and a timeline entry for a click. Replays change nothing.
 */
@Injectable()
export class SesEventsService {
  private readonly logger = new Logger(SesEventsService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly delivery: DeliveryStatusService,
    private readonly suppressions: ContactSuppressionsService,
    private readonly scores: LeadScoreTrigger,
    private readonly funnel: CampaignFunnel,
  ) {}

  async apply(event: SesEvent, snsMessageId: string, now = new Date()): Promise<SesEventOutcome> {
    const outcome: SesEventOutcome = { event: event.kind, communicationId: null, movedTo: null, suppressed: [] };
    if (event.kind === 'ignored' || (event.kind === 'bounce' && !event.permanent)) return outcome;
    const row = await this.findCommunication(event);
    if (!row) {
      this.logger.warn(`SES ${event.kind} for an unknown message (SES id ${event.messageId ?? '-'}, tag ${event.communicationId ?? '-'}): nothing recorded`);
      return outcome;
    }
    outcome.communicationId = row.id;
    const at = event.at && event.at.getTime() <= now.getTime() ? event.at : now;
    const move = async (next: CommunicationStatus, reason?: string) => {
      if (await this.delivery.advance(row, next, at, reason)) outcome.movedTo = next;
    };

    switch (event.kind) {
      case 'delivery':
        await move('DELIVERED');
        break;
      case 'open':
        await move('READ');
        break;
      case 'click':
        await move('READ');
        await this.recordClick(row, event.link, snsMessageId, at);
        break;
      case 'bounce': {
        const diagnostic = event.recipients.find((r) => r.diagnostic)?.diagnostic;
        await move('FAILED', `Hard bounce (${event.bounceSubType})${diagnostic ? `: ${diagnostic}` : ''}`);
        const addresses = event.recipients.length ? event.recipients.map((r) => r.address) : [row.toAddress];
        outcome.suppressed = await this.suppress(row, addresses, 'HARD_BOUNCE', 'ses:bounce');
        break;
      }
      case 'complaint':
        outcome.suppressed = await this.suppress(row, event.recipients.length ? event.recipients : [row.toAddress], 'COMPLAINT', 'ses:complaint');
        break;
      case 'reject':
      case 'renderingFailure':
        await move('FAILED', event.reason);
        break;
    }
    if (outcome.movedTo === 'FAILED' && row.leadId) await this.scores.recompute(row.leadId);
    return outcome;
  }

  /** By SES's MessageId (stored as providerMessageId), else by our communication_id tag. */
  private async findCommunication(event: SesEvent): Promise<TrackedCommunication | null> {
    const candidates = [
      ...(event.messageId ? [{ providerMessageId: event.messageId }] : []),
      ...(event.communicationId ? [{ id: event.communicationId }] : []),
    ];
    if (!candidates.length) return null;
    const rows = await this.prisma.cRMCommunication.findMany({
      where: { OR: candidates, channel: 'EMAIL', direction: 'OUTBOUND' },
      select: { ...trackedCommunicationSelect, providerMessageId: true },
      take: 2,
    });
    const row = rows.find((r) => event.messageId && r.providerMessageId === event.messageId) ?? rows[0];
    return row ?? null;
  }

  private async suppress(row: TrackedCommunication, addresses: Array<string | null>, reason: 'HARD_BOUNCE' | 'COMPLAINT', source: string): Promise<string[]> {
    const changed: string[] = [];
    for (const address of new Set(addresses.filter((a): a is string => Boolean(a)))) {
      const result = await this.suppressions.suppress({ hospitalId: row.hospitalId, channel: 'EMAIL', address, reason, scope: 'ALL', source });
      if (result.change !== 'none') changed.push(address);
    }
    return changed;
  }

  /** A line on the lead's (or patient's) timeline, once per SNS message. */
  private async recordClick(row: TrackedCommunication, link: string | null, snsMessageId: string, at: Date): Promise<void> {
    await this.funnel.climb(row.id, 'CLICKED');
    if (!row.leadId && !row.patientId) return;
    const who = row.leadId ? { leadId: row.leadId } : { patientId: row.patientId };
    const seen = await this.prisma.cRMActivity.findFirst({
      where: { hospitalId: row.hospitalId, ...who, activityType: 'COMMUNICATION_LOGGED', metadata: { path: ['snsMessageId'], equals: snsMessageId } },
      select: { id: true },
    });
    if (seen) return;
    await this.prisma.cRMActivity.create({
      data: {
        hospitalId: row.hospitalId,
        leadId: row.leadId,
        patientId: row.patientId,
        activityType: 'COMMUNICATION_LOGGED',
        title: 'Email link clicked',
        description: link?.slice(0, 500) ?? null,
        metadata: { communicationId: row.id, event: 'click', link: link?.slice(0, 2000) ?? null, snsMessageId },
        createdAt: at,
      },
    });
  }
}
