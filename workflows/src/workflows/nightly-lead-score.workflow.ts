import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ScoreBatchActivities } from '../activities/score-batch.activities';

const { recomputeScoreBatch } = proxyActivities<ScoreBatchActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

export interface NightlyScoreState {
  afterId: string | null;
  scanned: number;
  changed: number;
  batchSize?: number;
  /** Limits the pass to one hospital (an operator's re-run, or a test); all hospitals when absent. */
  hospitalId?: string;
}

/**
 * Started every night by the `lead-score-nightly` Temporal Schedule so recency decays for
 * every lead. Walks all leads by id in batches; continues as new before history grows large,
 * carrying the cursor, so a run over millions of leads stays small and resumable.
 */
export async function nightlyLeadScoreWorkflow(state: NightlyScoreState = { afterId: null, scanned: 0, changed: 0 }): Promise<NightlyScoreState> {
  // A batch is one activity, scored in parallel chunks (score-batch.activities.ts): 200 activities for a million leads.
  const batchSize = state.batchSize ?? 5000;
  let { afterId, scanned, changed } = state;
  for (;;) {
    const batch = await recomputeScoreBatch({ afterId, limit: batchSize, hospitalId: state.hospitalId });
    scanned += batch.scanned;
    changed += batch.changed;
    if (batch.lastId === null || batch.scanned < batchSize) return { ...state, afterId: batch.lastId ?? afterId, scanned, changed, batchSize };
    afterId = batch.lastId;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > 2000) {
      await continueAsNew<typeof nightlyLeadScoreWorkflow>({ ...state, afterId, scanned, changed, batchSize });
    }
  }
}
