import type { BodyCipher, PrismaClient } from '@hospital-crm/db';
import type { SendableChannel } from '@hospital-crm/domain';
import type { Channel } from '../../channels/channel';
import { decideSend, type SendDecision } from './send-decision';
import { deliverCommunication, markFailed, type DeliveryResult } from './deliver';
import { cancelWaiting, rescheduleWaiting } from './schedule-changes';
import type { UnsubscribeLinks } from './outbound-message';

export type { SendDecision } from './send-decision';
export type { DeliveryResult } from './deliver';
export type { UnsubscribeLinks } from './outbound-message';

export interface CommunicationActivities {
  /** Consent and quiet hours, read at send time; `at` is the workflow's clock (ISO), which quiet hours are judged by. */
  prepareCommunication(communicationId: string, at: string): Promise<SendDecision>;
  /** The provider call, at most once per message. */
  deliverCommunication(communicationId: string): Promise<DeliveryResult>;
  /** After the retries ran out: FAILED with the last error. */
  failCommunication(communicationId: string, reason: string): Promise<void>;
  cancelCommunication(communicationId: string): Promise<boolean>;
  rescheduleCommunication(communicationId: string, sendAt: string): Promise<boolean>;
}

export interface CommunicationDependencies {
  prisma: PrismaClient;
  cipher: BodyCipher;
  channels: Record<SendableChannel, Channel>;
  unsubscribeLinks: UnsubscribeLinks;
}

export function createCommunicationActivities(deps: CommunicationDependencies): CommunicationActivities {
  const { prisma } = deps;
  return {
    prepareCommunication: (id, at) => decideSend(prisma, id, new Date(at)),
    deliverCommunication: (id) => deliverCommunication(deps, id),
    failCommunication: (id, reason) => markFailed(prisma, id, reason),
    cancelCommunication: (id) => cancelWaiting(prisma, id),
    rescheduleCommunication: (id, sendAt) => rescheduleWaiting(prisma, id, sendAt),
  };
}
