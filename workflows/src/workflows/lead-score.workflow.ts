import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { LeadScoreActivities } from '../activities/lead-score.activities';
import { recomputeScoreSignal } from '../shared/messages';

const { recomputeLeadScore } = proxyActivities<LeadScoreActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 10 },
});

/**
 * `lead-score-<leadId>`, started with signal-with-start by every event that changes a scoring
 * input. Signals that arrive while it computes make it compute once more, so the last event
 * is always reflected; recomputation is idempotent (same inputs, same score).
 */
export async function leadScoreWorkflow(leadId: string): Promise<number | null> {
  let pending = true;
  setHandler(recomputeScoreSignal, () => {
    pending = true;
  });
  let score: number | null = null;
  while (pending) {
    pending = false;
    score = await recomputeLeadScore(leadId);
    // Coalesce a burst of events (a bulk import, a chatty conversation) into one more pass.
    await condition(() => pending, '2 seconds');
  }
  return score;
}
