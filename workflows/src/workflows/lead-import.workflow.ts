import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { LeadImportActivities, LeadImportCounts } from '../activities/lead-import.activities';

const { startLeadImport, completeLeadImport } = proxyActivities<LeadImportActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// A batch heartbeats after every row: a worker that dies mid-batch is noticed within a minute,
// and the retry picks up the rows still PENDING (the rows are the cursor).
const { importLeadRows } = proxyActivities<LeadImportActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

export const LEAD_IMPORT_BATCH_SIZE = 200;

/**
 * `lead-import-<jobId>`, started by the CSV upload once the valid rows are stored. Creates the
 * leads in batches until no row is PENDING, then marks the job COMPLETED. Progress lives in the
 * rows, so continue-as-new carries nothing but the job id. Returns null when the job is gone.
 */
export async function leadImportWorkflow(jobId: string): Promise<LeadImportCounts | null> {
  if (!(await startLeadImport(jobId))) return null;
  for (;;) {
    const batch = await importLeadRows({ jobId, limit: LEAD_IMPORT_BATCH_SIZE });
    if (!batch.more) break;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > 2000) {
      await continueAsNew<typeof leadImportWorkflow>(jobId);
    }
  }
  return completeLeadImport(jobId);
}
