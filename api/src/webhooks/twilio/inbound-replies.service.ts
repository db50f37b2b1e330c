import { Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { LeadScoreTrigger } from '../../common/temporal/lead-score.trigger';
import { ContactSuppressionsService } from '../contact-suppressions.service';
import { DeliveryStatusService, trackedCommunicationSelect } from '../delivery-status.service';
import { InjectBodyCipher, type BodyCipher } from '../../common/crypto/body-cipher.module';
import { isStopKeyword, maskNumber, type TwilioInboundMessage } from './twilio-params';

export type InboundOutcome = { result: 'logged'; communicationId: string; inReplyToId: string; optedOut: boolean } | { result: 'duplicate' | 'unknown-sender' };

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

/** What we sent (and Twilio accepted) on the message's channel to the number it comes from. */
const sentTo = (message: TwilioInboundMessage) =>
  ({ direction: 'OUTBOUND', channel: message.channel, toAddress: message.from, providerMessageId: { not: null } }) satisfies Prisma.CRMCommunicationWhereInput;

/**
 * A WhatsApp or SMS message someone sent us. It belongs to whoever we last wrote to at that number
 * (that message tells the hospital and the lead or patient): it is logged as an INBOUND
 * communication in reply to it, the outbound message becomes RESPONDED, the lead's timeline and
 * score follow, and a STOP keyword suppresses the number on that channel (for every hospital that wrote
 * to it). Twilio's MessageSid is the inbound row's providerMessageId, so a replayed webhook inserts nothing.
 */
@Injectable()
export class InboundRepliesService {
  private readonly logger = new Logger(InboundRepliesService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectBodyCipher() private readonly cipher: BodyCipher,
    private readonly delivery: DeliveryStatusService,
    private readonly suppressions: ContactSuppressionsService,
    private readonly scores: LeadScoreTrigger,
  ) {}

  async receive(message: TwilioInboundMessage, now = new Date()): Promise<InboundOutcome> {
    const replayed = await this.prisma.cRMCommunication.findUnique({ where: { providerMessageId: message.messageSid }, select: { id: true } });
    if (replayed) return { result: 'duplicate' };
    const outbound = await this.prisma.cRMCommunication.findFirst({
      where: sentTo(message),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: trackedCommunicationSelect,
    });
    if (!outbound) {
      this.logger.log(
        `inbound ${message.channel} ${message.messageSid} from ${maskNumber(message.from)} matches no message we sent: not logged, no hospital to file it under`,
      );
      return { result: 'unknown-sender' };
    }

    const optedOut = isStopKeyword(message.body);
    let communicationId: string;
    let optedOutOf: string[] = [];
    try {
      communicationId = await this.prisma.$transaction(async (tx) => {
        const inbound = await tx.cRMCommunication.create({
          data: {
            hospitalId: outbound.hospitalId,
            leadId: outbound.leadId,
            patientId: outbound.patientId,
            channel: message.channel,
            direction: 'INBOUND',
            status: 'LOGGED',
            ...this.cipher.encrypt(message.body),
            fromAddress: message.from,
            toAddress: message.to,
            provider: 'twilio',
            providerMessageId: message.messageSid,
            inReplyToId: outbound.id,
            createdAt: now,
          },
          select: { id: true },
        });
        await this.delivery.advance(outbound, 'RESPONDED', now, undefined, tx);
        if (outbound.leadId) {
          await tx.cRMLead.updateMany({
            where: { id: outbound.leadId, OR: [{ lastContactedAt: null }, { lastContactedAt: { lt: now } }] },
            data: { lastContactedAt: now },
          });
        }
        if (outbound.leadId || outbound.patientId) {
          await tx.cRMActivity.create({
            data: {
              hospitalId: outbound.hospitalId,
              leadId: outbound.leadId,
              patientId: outbound.patientId,
              activityType: 'COMMUNICATION_LOGGED',
              title: `Inbound ${message.channel === 'WHATSAPP' ? 'WhatsApp' : 'SMS'} reply received${optedOut ? ' (opted out)' : ''}`,
              metadata: { communicationId: inbound.id, inReplyToId: outbound.id, optedOut },
              createdAt: now,
            },
          });
        }
        if (optedOut) optedOutOf = await this.optOut(tx, message);
        return inbound.id;
      });
    } catch (error) {
      // The same webhook twice at once: the other request logged it.
      if (isUniqueViolation(error)) return { result: 'duplicate' };
      throw error;
    }
    if (optedOut)
      this.logger.log(`${maskNumber(message.from)} replied with a stop keyword: ${message.channel} suppressed for hospital(s) ${optedOutOf.join(', ')}`);
    if (outbound.leadId) await this.scores.recompute(outbound.leadId);
    return { result: 'logged', communicationId, inReplyToId: outbound.id, optedOut };
  }

  /**
   * A stop keyword suppresses the number on that channel for every hospital that has written to it: they all
   * send from this deployment's number, which Twilio's own opt-out then blocks for that person whoever sends.
   * Returns the hospitals.
   */
  private async optOut(tx: Prisma.TransactionClient, message: TwilioInboundMessage): Promise<string[]> {
    const senders = await tx.cRMCommunication.findMany({
      where: sentTo(message),
      distinct: ['hospitalId'],
      select: { hospitalId: true },
    });
    for (const { hospitalId } of senders) {
      await this.suppressions.suppress(
        { hospitalId, channel: message.channel, address: message.from, reason: 'STOP_REPLY', scope: 'ALL', source: 'twilio:stop' },
        tx,
      );
    }
    return senders.map((sender) => sender.hospitalId);
  }
}
