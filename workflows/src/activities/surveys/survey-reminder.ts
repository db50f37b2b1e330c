import { isSendableChannel } from '@hospital-crm/domain';
import { queueOutboundCommunication } from '@hospital-crm/db';
import { generateSurveyToken, surveyPageUrl } from '../../surveys/survey-token';
import type { SurveyDependencies } from './open-invitation';
import { surveyMessageText } from './survey-message-text';

export type QueuedReminder = { status: 'queued'; communicationId: string } | { status: 'answered' } | { status: 'not-sent'; reason: string };

/**
 * Queues the one reminder of a sent, unanswered invitation, to the address the invitation went
 * to. It carries a fresh link (the first token is known only by its hash); either link works
 * until the invitation expires. A retry after a commit finds the queued reminder.
 */
export async function queueSurveyReminder(deps: SurveyDependencies, invitationId: string, now = new Date()): Promise<QueuedReminder> {
  const { prisma, cipher } = deps;
  const invitation = await prisma.cRMSurveyInvitation.findUniqueOrThrow({
    where: { id: invitationId },
    include: { survey: { select: { isAnonymous: true } }, patient: { select: { firstName: true } }, hospital: { select: { name: true } } },
  });
  if (invitation.respondedAt) return { status: 'answered' };
  if (invitation.reminderCommunicationId) return { status: 'queued', communicationId: invitation.reminderCommunicationId };
  if (invitation.expiresAt <= now) return { status: 'not-sent', reason: 'The link has expired' };
  const original = invitation.communicationId
    ? await prisma.cRMCommunication.findUnique({ where: { id: invitation.communicationId }, select: { toAddress: true } })
    : null;
  const channel = invitation.channel;
  const toAddress = original?.toAddress;
  if (!invitation.sentAt || !toAddress || !isSendableChannel(channel)) return { status: 'not-sent', reason: 'The invitation was not sent' };

  const { token, tokenHash } = generateSurveyToken();
  const text = surveyMessageText({
    channel,
    kind: 'reminder',
    visitKind: invitation.admissionId ? 'ADMISSION' : 'APPOINTMENT',
    firstName: invitation.patient?.firstName ?? '',
    hospitalName: invitation.hospital.name,
    link: surveyPageUrl(deps.publicApiUrl, token),
    expiresAt: invitation.expiresAt,
    anonymous: invitation.survey.isAnonymous,
  });
  return prisma
    .$transaction(async (tx) => {
      const communicationId = await queueOutboundCommunication(tx, cipher, {
        hospitalId: invitation.hospitalId,
        patientId: invitation.patientId,
        channel,
        toAddress,
        ...text,
        isMarketing: false,
      });
      // Only while unanswered: an answer that arrived meanwhile wins, and the reminder is not queued.
      const updated = await tx.cRMSurveyInvitation.updateMany({
        where: { id: invitationId, respondedAt: null, reminderCommunicationId: null },
        data: { reminderTokenHash: tokenHash, reminderCommunicationId: communicationId },
      });
      if (updated.count === 0) throw new ReminderRaceLost();
      return { status: 'queued' as const, communicationId };
    })
    .catch((error: unknown) => {
      if (error instanceof ReminderRaceLost) return queueSurveyReminder(deps, invitationId, now);
      throw error;
    });
}

class ReminderRaceLost extends Error {}
