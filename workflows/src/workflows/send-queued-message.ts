import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { communicationWorkflowId } from '../shared/workflow-ids';
import { communicationWorkflow } from './communication.workflow';

/**
 * Hands a message an activity queued (a reminder email, a survey invitation...) to its own
 * `communication-<id>` workflow, which outlives the caller. Starting it twice (a replay after a
 * retried activity) is harmless: the id is the dedupe key.
 */
export async function sendQueuedMessage(communicationId: string): Promise<void> {
  try {
    await startChild(communicationWorkflow, {
      workflowId: communicationWorkflowId(communicationId),
      args: [communicationId, {}],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
