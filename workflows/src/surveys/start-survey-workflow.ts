import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { surveyAnsweredSignal, type SurveyWorkflowInput } from '../shared/survey-messages';
import { WORKFLOW_TYPES } from '../shared/messages';
import { surveyWorkflowId } from '../shared/workflow-ids';

export interface SurveyStart {
  workflowId: string;
  /** True when this visit's survey workflow was already started (running or finished): nothing new began. */
  duplicate: boolean;
}

/**
 * Starts `survey-<surveyId>-<visitId>` once per visit: a second report of the same visit finds
 * the id taken (REJECT_DUPLICATE also refuses ids whose run already finished) and is a duplicate.
 */
export async function startSurveyWorkflow(client: Client, taskQueue: string, input: SurveyWorkflowInput): Promise<SurveyStart> {
  const workflowId = surveyWorkflowId(input.surveyId, input.visit.id);
  try {
    await client.workflow.start(WORKFLOW_TYPES.survey, { workflowId, taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    return { workflowId, duplicate: false };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, duplicate: true };
    throw error;
  }
}

/** Tells a visit's survey workflow that the patient answered; one that already ended needs nothing. */
export async function signalSurveyAnswered(client: Client, surveyId: string, visitId: string): Promise<void> {
  try {
    await client.workflow.getHandle(surveyWorkflowId(surveyId, visitId)).signal(surveyAnsweredSignal);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
