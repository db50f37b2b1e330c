import { ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { CampaignActivities } from '../activities/campaigns';
import { campaignWorkflowId } from '../shared/workflow-ids';
import { campaignWorkflow } from './campaign.workflow';

const { openBirthdayRuns } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', maximumAttempts: 10 },
});

/**
 * Started every hour by the `birthday-campaigns` Temporal Schedule: opens today's run of each
 * running birthday campaign whose hospital has reached the morning send hour in its own time zone,
 * and starts each run's `campaign-<id>` workflow, which sends it like any campaign (ledger, pause,
 * resume, cancel). The runs outlive this workflow. Safe to run any number of times a day.
 * `at` (ISO) runs the pass as of another moment: an operator catching up a day the worker missed.
 */
export async function birthdayCampaignsWorkflow(input: { at?: string } = {}): Promise<string[]> {
  const runs = await openBirthdayRuns(input.at ?? new Date().toISOString());
  for (const runId of runs) {
    try {
      await startChild(campaignWorkflow, { workflowId: campaignWorkflowId(runId), args: [runId], parentClosePolicy: ParentClosePolicy.ABANDON });
    } catch (error) {
      // Started by an earlier hour's pass and still sending.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return runs;
}
