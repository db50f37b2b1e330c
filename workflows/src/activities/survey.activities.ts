import type { BodyCipher, PrismaClient } from '@hospital-crm/db';
import type { CommunicationState } from '../shared/messages';
import type { SurveyWorkflowInput } from '../shared/survey-messages';
import { openSurveyInvitation, type OpenedInvitation } from './surveys/open-invitation';
import { queueSurveyReminder, type QueuedReminder } from './surveys/survey-reminder';
import { findVisitInvitation } from './surveys/survey-visit';

export type { OpenedInvitation } from './surveys/open-invitation';
export type { QueuedReminder } from './surveys/survey-reminder';

/** wait: send at `sendAt` (the visit's end plus the hospital's delay); stop: nothing to do, and why. */
export type SurveyPlan = { action: 'wait'; sendAt: string } | { action: 'stop'; reason: string };

export interface SurveySendRecord {
  invitationId: string;
  message: 'invitation' | 'reminder';
  state: CommunicationState;
}

export interface SurveyActivities {
  planSurvey(input: SurveyWorkflowInput): Promise<SurveyPlan>;
  openSurveyInvitation(input: SurveyWorkflowInput & { expiresAt: string }): Promise<OpenedInvitation>;
  recordSurveySend(record: SurveySendRecord): Promise<void>;
  queueSurveyReminder(invitationId: string): Promise<QueuedReminder>;
  /** At the end: answered when a response is stored, whatever signals were missed. */
  closeSurveyInvitation(invitationId: string): Promise<'answered' | 'expired'>;
}

const HOUR_MS = 3_600_000;
export const DEFAULT_PUBLIC_API_URL = 'http://127.0.0.1:3001';

export interface SurveyActivityOptions {
  prisma: PrismaClient;
  cipher: BodyCipher;
  /** Base URL of the public API for survey links; PUBLIC_API_URL (the links' host) by default. */
  publicApiUrl?: string;
}

/** The survey workflow's side effects; each is safe to retry (rows are found again, not duplicated). */
export function createSurveyActivities({
  prisma,
  cipher,
  publicApiUrl = process.env.PUBLIC_API_URL || DEFAULT_PUBLIC_API_URL,
}: SurveyActivityOptions): SurveyActivities {
  const deps = { prisma, cipher, publicApiUrl };
  return {
    async planSurvey(input) {
      const settings = await prisma.cRMSettings.findUnique({ where: { hospitalId: input.hospitalId } });
      if (!settings?.autoSurveyEnabled) return { action: 'stop', reason: 'Automatic surveys are switched off for this hospital' };
      if (await findVisitInvitation(prisma, input)) return { action: 'stop', reason: 'This visit was already surveyed' };
      return { action: 'wait', sendAt: new Date(Date.parse(input.visitEndedAt) + settings.surveyDelayHours * HOUR_MS).toISOString() };
    },

    openSurveyInvitation: (input) => openSurveyInvitation(deps, input),

    async recordSurveySend({ invitationId, message, state }) {
      const now = new Date();
      if (message === 'reminder') {
        if (state.phase === 'sent') await prisma.cRMSurveyInvitation.updateMany({ where: { id: invitationId, remindedAt: null }, data: { remindedAt: now } });
        return;
      }
      await prisma.cRMSurveyInvitation.updateMany({
        where: { id: invitationId, sentAt: null, skippedAt: null },
        data: state.phase === 'sent' ? { sentAt: now } : { skippedAt: now, skipReason: state.reason ?? `The invitation was ${state.phase}` },
      });
    },

    queueSurveyReminder: (invitationId) => queueSurveyReminder(deps, invitationId),

    async closeSurveyInvitation(invitationId) {
      const invitation = await prisma.cRMSurveyInvitation.findUniqueOrThrow({ where: { id: invitationId }, select: { respondedAt: true } });
      return invitation.respondedAt ? 'answered' : 'expired';
    },
  };
}
