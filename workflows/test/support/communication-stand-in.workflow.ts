import { proxyActivities } from '@temporalio/workflow';
import type { CommunicationSchedule, CommunicationState } from '../../src/shared/messages';

/** What the stand-in's activity does with a message: record it and say how the send went. */
export interface StandInActivities {
  standInSend(communicationId: string): Promise<CommunicationState>;
}

const { standInSend } = proxyActivities<StandInActivities>({ startToCloseTimeout: '10 seconds' });

/**
 * TEST DOUBLE for the communications team's `communicationWorkflow` (same type name and
 * signature), used only in the survey workflow's time-skipping tests so they can decide each
 * send's outcome and read what was sent. The e2e tests run the real one.
 */
export async function communicationWorkflow(communicationId: string, _schedule: CommunicationSchedule = {}): Promise<CommunicationState> {
  return standInSend(communicationId);
}
