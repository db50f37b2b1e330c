import { ChildWorkflowFailure, ParentClosePolicy, condition, executeChild, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { SurveyActivities } from '../activities/survey.activities';
import { WORKFLOW_TYPES, type CommunicationSchedule, type CommunicationState } from '../shared/messages';
import { communicationWorkflowId } from '../shared/workflow-ids';
import { SURVEY_LINK_TTL_MS, SURVEY_REMINDER_AFTER_MS, surveyAnsweredSignal, type SurveyOutcome, type SurveyWorkflowInput } from '../shared/survey-messages';

const { planSurvey, openSurveyInvitation, recordSurveySend, queueSurveyReminder, closeSurveyInvitation } = proxyActivities<SurveyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

type CommunicationWorkflow = (communicationId: string, schedule: CommunicationSchedule) => Promise<CommunicationState>;

/** Sends one queued message through the communications pipeline (its own `communication-<id>` workflow). */
async function send(communicationId: string): Promise<CommunicationState> {
  try {
    // By type name: this workflow does not depend on the communication workflow's code.
    return await executeChild<CommunicationWorkflow>(WORKFLOW_TYPES.communication, {
      workflowId: communicationWorkflowId(communicationId),
      args: [communicationId, {}],
      // Like every queued message, it outlives its caller (the communications pipeline's convention).
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    if (error instanceof ChildWorkflowFailure) return { phase: 'failed', reason: error.cause?.message ?? error.message };
    throw error;
  }
}

/**
 * `survey-<surveyId>-<visitId>`: the post-visit / post-discharge survey of one visit. Waits the
 * hospital's delay after the visit, sends the invitation (a single-use link valid 7 days), reminds
 * once after 48 hours if unanswered, and ends when the patient answers or the link expires.
 * Settings are read when it acts, so switching auto-surveys off also stops waiting workflows.
 */
export async function surveyWorkflow(input: SurveyWorkflowInput): Promise<SurveyOutcome> {
  let answered = false;
  setHandler(surveyAnsweredSignal, () => {
    answered = true;
  });
  const untilAnswered = (at: number) => condition(() => answered, Math.max(at - Date.now(), 0));

  const plan = await planSurvey(input);
  if (plan.action === 'stop') return { outcome: 'not-sent', reason: plan.reason };
  await sleep(Math.max(Date.parse(plan.sendAt) - Date.now(), 0));

  const expiresAt = Date.now() + SURVEY_LINK_TTL_MS;
  const opened = await openSurveyInvitation({ ...input, expiresAt: new Date(expiresAt).toISOString() });
  if (opened.status !== 'queued') return { outcome: 'not-sent', reason: opened.reason, invitationId: opened.invitationId };
  const { invitationId } = opened;

  const sent = await send(opened.communicationId);
  await recordSurveySend({ invitationId, message: 'invitation', state: sent });
  if (sent.phase !== 'sent') return { outcome: 'not-sent', reason: sent.reason ?? `The invitation was ${sent.phase}`, invitationId };

  if (!(await untilAnswered(Math.min(Date.now() + SURVEY_REMINDER_AFTER_MS, expiresAt)))) {
    const reminder = await queueSurveyReminder(invitationId);
    if (reminder.status === 'queued') await recordSurveySend({ invitationId, message: 'reminder', state: await send(reminder.communicationId) });
    if (reminder.status !== 'answered') await untilAnswered(expiresAt);
  }
  // The signal may have been missed (Temporal briefly unreachable from the API): the row decides.
  return { outcome: await closeSurveyInvitation(invitationId), invitationId };
}
