import { ActivityFailure, ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CommunicationActivities } from '../activities/communications';
import type { LeadScoreActivities } from '../activities/lead-score.activities';
import {
  cancelCommunicationUpdate,
  communicationStateQuery,
  rescheduleCommunicationUpdate,
  type CommunicationSchedule,
  type CommunicationState,
} from '../shared/messages';

const bookkeeping = proxyActivities<CommunicationActivities>({
  startToCloseTimeout: '30 seconds',
  // The row may not be committed yet when the workflow starts; a handful of tries covers that.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 8 },
});

// Transient provider trouble (5xx, throttling, timeouts) is retried for about an hour with
// backoff; a permanent refusal never reaches here as an error (the activity records FAILED).
const provider = proxyActivities<CommunicationActivities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 3, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

const { recomputeLeadScore } = proxyActivities<LeadScoreActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 3 },
});

/**
 * `communication-<id>`: every outbound email, SMS and WhatsApp message, "now" or scheduled.
 * It waits until sendAt (cancel and reschedule arrive as Updates, refused once sending began),
 * checks consent and quiet hours at send time, and hands the message to its provider once.
 */
export async function communicationWorkflow(communicationId: string, schedule: CommunicationSchedule = {}): Promise<CommunicationState> {
  let sendAt = schedule.sendAt ? Date.parse(schedule.sendAt) : Date.now();
  let state: CommunicationState = { phase: 'waiting', sendAt: new Date(sendAt).toISOString() };
  // An update is writing the row: the main loop holds still until it is done.
  let busy = false;
  let changed = false;

  const mustBeWaiting = () => {
    if (state.phase !== 'waiting')
      throw ApplicationFailure.nonRetryable(
        `The message is ${state.phase === 'sending' ? 'being sent' : state.phase} and can no longer be changed`,
        'NotWaiting',
      );
  };
  /** Runs a change to a waiting message with the main loop held, and re-checks after the wait. */
  const change = async (apply: () => Promise<boolean>, after: () => void): Promise<CommunicationState> => {
    await condition(() => !busy);
    mustBeWaiting();
    busy = true;
    try {
      if (!(await apply())) throw ApplicationFailure.nonRetryable('The message already left the queue and can no longer be changed', 'NotWaiting');
      after();
      changed = true;
      return state;
    } finally {
      busy = false;
    }
  };

  setHandler(communicationStateQuery, () => state);
  setHandler(
    cancelCommunicationUpdate,
    () =>
      change(
        () => bookkeeping.cancelCommunication(communicationId),
        () => (state = { phase: 'cancelled' }),
      ),
    { validator: mustBeWaiting },
  );
  setHandler(
    rescheduleCommunicationUpdate,
    (at) =>
      change(
        () => bookkeeping.rescheduleCommunication(communicationId, at),
        () => {
          sendAt = Date.parse(at);
          state = { phase: 'waiting', sendAt: at };
        },
      ),
    {
      validator: (at) => {
        mustBeWaiting();
        if (Number.isNaN(Date.parse(at))) throw new Error(`"${at}" is not a date-time`);
      },
    },
  );

  let leadId: string | null = null;
  for (;;) {
    changed = false;
    const wait = sendAt - Date.now();
    if (wait > 0) await condition(() => changed, wait);
    await condition(() => !busy);
    if (state.phase === 'cancelled') break;
    if (changed) continue;

    state = { phase: 'sending' };
    const decision = await bookkeeping.prepareCommunication(communicationId, new Date().toISOString());
    if (decision.action === 'hold') {
      sendAt = Date.parse(decision.until);
      state = { phase: 'waiting', sendAt: decision.until };
      continue;
    }
    if (decision.action === 'final') {
      state = decision.state;
      break;
    }
    try {
      const result = await provider.deliverCommunication(communicationId);
      state = result.state;
      leadId = result.leadId;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      const reason = `Gave up after repeated provider errors: ${error.cause?.message ?? error.message}`;
      await bookkeeping.failCommunication(communicationId, reason);
      state = { phase: 'failed', reason };
    }
    break;
  }

  await condition(allHandlersFinished);
  // An outbound message is an engagement input of the lead's score.
  if (state.phase === 'sent' && leadId) await recomputeLeadScore(leadId);
  return state;
}
