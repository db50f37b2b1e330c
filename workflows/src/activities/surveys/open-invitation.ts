import { isSendableChannel } from '@hospital-crm/domain';
import { queueOutboundCommunication, type BodyCipher, type PrismaClient } from '@hospital-crm/db';
import type { SurveyWorkflowInput } from '../../shared/survey-messages';
import { generateSurveyToken, surveyPageUrl } from '../../surveys/survey-token';
import { surveyMessageText } from './survey-message-text';
import { surveyRecipient } from './survey-recipient';
import { findVisitInvitation, loadVisit, visitColumn } from './survey-visit';

export type OpenedInvitation =
  { status: 'queued'; invitationId: string; communicationId: string } | { status: 'not-sent'; reason: string; invitationId?: string };

export interface SurveyDependencies {
  prisma: PrismaClient;
  cipher: BodyCipher;
  /** Base URL of the public API, for the links in messages. */
  publicApiUrl: string;
}

const ALREADY = 'This visit was already surveyed';

/**
 * Creates the visit's invitation and queues its message in one transaction: the link's token is
 * generated here, put in the (encrypted) message body and stored only as a hash. An invitation
 * that cannot go (no address, suppressed) is still recorded, with the reason, so the visit is
 * never surveyed twice and the hospital sees why. A retry after a commit finds the queued message.
 */
export async function openSurveyInvitation(deps: SurveyDependencies, input: SurveyWorkflowInput & { expiresAt: string }): Promise<OpenedInvitation> {
  const { prisma, cipher } = deps;
  const existing = await findVisitInvitation(prisma, input);
  if (existing) {
    return existing.communicationId && !existing.sentAt && !existing.skippedAt
      ? { status: 'queued', invitationId: existing.id, communicationId: existing.communicationId }
      : { status: 'not-sent', reason: ALREADY, invitationId: existing.id };
  }
  const [settings, survey, visit] = await Promise.all([
    prisma.cRMSettings.findUnique({ where: { hospitalId: input.hospitalId } }),
    prisma.cRMSurvey.findFirst({ where: { id: input.surveyId, hospitalId: input.hospitalId }, select: { isActive: true, isAnonymous: true } }),
    loadVisit(prisma, input),
  ]);
  if (!settings?.autoSurveyEnabled) return { status: 'not-sent', reason: 'Automatic surveys were switched off for this hospital' };
  if (!survey?.isActive) return { status: 'not-sent', reason: 'The survey is no longer active' };
  if (!visit) return { status: 'not-sent', reason: 'The visit is not in this hospital' };
  const channel = settings.surveyChannel;
  if (!isSendableChannel(channel)) return { status: 'not-sent', reason: `Surveys cannot be sent by ${channel}` };

  const expiresAt = new Date(input.expiresAt);
  const { token, tokenHash } = generateSurveyToken();
  return prisma.$transaction(async (tx) => {
    const recipient = await surveyRecipient(tx, input.hospitalId, channel, visit.patient);
    const invitation = await tx.cRMSurveyInvitation.create({
      data: {
        hospitalId: input.hospitalId,
        surveyId: input.surveyId,
        patientId: visit.patient.id,
        ...visitColumn(input.visit),
        channel,
        tokenHash,
        expiresAt,
        ...(!recipient.ok && { skippedAt: new Date(), skipReason: recipient.reason }),
      },
      select: { id: true },
    });
    if (!recipient.ok) return { status: 'not-sent' as const, reason: recipient.reason, invitationId: invitation.id };
    const text = surveyMessageText({
      channel,
      kind: 'invitation',
      visitKind: input.visit.kind,
      firstName: visit.patient.firstName,
      hospitalName: visit.hospital.name,
      link: surveyPageUrl(deps.publicApiUrl, token),
      expiresAt,
      anonymous: survey.isAnonymous,
    });
    const communicationId = await queueOutboundCommunication(tx, cipher, {
      hospitalId: input.hospitalId,
      patientId: visit.patient.id,
      channel,
      toAddress: recipient.address,
      ...text,
      isMarketing: false,
    });
    await tx.cRMSurveyInvitation.update({ where: { id: invitation.id }, data: { communicationId } });
    return { status: 'queued' as const, invitationId: invitation.id, communicationId };
  });
}
