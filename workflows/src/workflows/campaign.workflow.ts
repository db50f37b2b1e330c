import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CampaignStatus } from '@hospital-crm/domain';
import type { CampaignActivities } from '../activities/campaigns';
import {
  campaignProgressQuery,
  cancelCampaignUpdate,
  launchCampaignUpdate,
  pauseCampaignUpdate,
  rescheduleCampaignUpdate,
  resumeCampaignUpdate,
  type CampaignProgress,
} from '../shared/campaign-messages';

const book = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 10 },
});

// A provider outage makes batches fail: they are retried with backoff for as long as it lasts,
// resuming from their heartbeat cursor; a dead worker is noticed within the heartbeat timeout.
// The wait is capped at a minute, so a campaign resumes soon after an outage or a crash loop ends.
const sender = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Handed over by continue-as-new. */
export interface CampaignCarryOver {
  cursor: number;
  progress: CampaignProgress;
}

export interface CampaignWorkflowOptions {
  carried?: CampaignCarryOver;
  /** Continue-as-new after this many batches (tests set it low; history stays far below 10,000 events). */
  batchesPerRun?: number;
  /** Recipients per batch activity (tests set it low). */
  batchSize?: number;
}

const DEFAULT_BATCHES_PER_RUN = 500;
/** A draft whose launch never came (the API died between start and launch) stops waiting. */
const DRAFT_WAIT = '7 days';

const nowIso = () => new Date().toISOString();

/**
 * `campaign-<id>`: DRAFT → (SCHEDULED →) RUNNING → COMPLETED, PAUSED ↔ RUNNING, CANCELLED.
 * Launch, pause, resume, cancel and reschedule are Updates: a validator refuses an illegal move,
 * and the answer is the progress after the move was written. Sending walks the ledger in batch
 * activities and continues-as-new long before the history grows large.
 */
export async function campaignWorkflow(campaignId: string, options: CampaignWorkflowOptions = {}): Promise<CampaignProgress> {
  // Handlers are registered before the first await, so an Update sent right after the start is
  // never refused for want of one; they wait for the campaign to be read.
  let progress: CampaignProgress = options.carried?.progress ?? {
    status: 'DRAFT',
    totalRecipients: 0,
    processed: 0,
    sent: 0,
    failed: 0,
    skipped: 0,
    unknown: 0,
  };
  let loaded = !!options.carried;
  let cursor = options.carried?.cursor ?? 0;
  let busy = false;
  let changed = false;

  const must = (from: CampaignStatus[], action: string) => {
    if (!from.includes(progress.status)) throw new Error(`A ${progress.status.toLowerCase()} campaign cannot be ${action}`);
  };
  /** One move at a time, with the main loop held; a refusal from the database ends the Update with its reason. */
  const exclusive = async (check: () => void, apply: () => Promise<CampaignProgress>): Promise<CampaignProgress> => {
    await condition(() => loaded && !busy);
    check();
    busy = true;
    try {
      progress = await apply();
      changed = true;
      return progress;
    } catch (error) {
      if (error instanceof ActivityFailure) throw ApplicationFailure.nonRetryable(error.cause?.message ?? error.message, 'CampaignMoveRefused');
      throw error;
    } finally {
      busy = false;
    }
  };
  const mover = (from: CampaignStatus[], action: string, to: CampaignStatus) => ({
    check: () => must(from, action),
    run: () =>
      exclusive(
        () => must(from, action),
        () => book.moveCampaign(campaignId, to, nowIso()),
      ),
  });

  setHandler(campaignProgressQuery, () => progress);
  setHandler(
    launchCampaignUpdate,
    ({ startAt }) =>
      exclusive(
        () => must(['DRAFT'], 'launched'),
        () => book.launchCampaign(campaignId, startAt, nowIso()),
      ),
    {
      validator: ({ startAt }) => {
        must(['DRAFT'], 'launched');
        if (startAt !== undefined && Number.isNaN(Date.parse(startAt))) throw new Error(`"${startAt}" is not a date-time`);
      },
    },
  );
  const pause = mover(['RUNNING'], 'paused', 'PAUSED');
  setHandler(pauseCampaignUpdate, pause.run, { validator: pause.check });
  const resume = mover(['PAUSED'], 'resumed', 'RUNNING');
  setHandler(resumeCampaignUpdate, resume.run, { validator: resume.check });
  const cancel = mover(['SCHEDULED', 'RUNNING', 'PAUSED'], 'cancelled', 'CANCELLED');
  setHandler(cancelCampaignUpdate, cancel.run, { validator: cancel.check });
  setHandler(
    rescheduleCampaignUpdate,
    (startAt) =>
      exclusive(
        () => must(['SCHEDULED'], 'rescheduled'),
        () => book.moveCampaign(campaignId, 'SCHEDULED', nowIso(), startAt),
      ),
    {
      validator: (startAt) => {
        must(['SCHEDULED'], 'rescheduled');
        if (Number.isNaN(Date.parse(startAt))) throw new Error(`"${startAt}" is not a date-time`);
        if (Date.parse(startAt) <= Date.now()) throw new Error('The new start must be in the future');
      },
    },
  );

  if (!loaded) {
    progress = await book.campaignProgress(campaignId);
    loaded = true;
  }
  if (progress.status === 'DRAFT') {
    await condition(() => progress.status !== 'DRAFT' && !busy, DRAFT_WAIT);
  }

  const batchesPerRun = options.batchesPerRun ?? DEFAULT_BATCHES_PER_RUN;
  let batches = 0;
  /** The main loop's own moves (start at the scheduled time, complete) follow the same lock as Updates. */
  const advance = async (from: CampaignStatus, to: CampaignStatus) => {
    await condition(() => !busy);
    if (progress.status !== from) return;
    busy = true;
    try {
      progress = await book.moveCampaign(campaignId, to, nowIso());
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      progress = await book.campaignProgress(campaignId);
    } finally {
      busy = false;
    }
  };

  for (;;) {
    await condition(() => !busy);
    changed = false;
    if (progress.status === 'SCHEDULED') {
      const wait = Date.parse(progress.startAt ?? nowIso()) - Date.now();
      if (wait > 0 && (await condition(() => changed, wait))) continue;
      await advance('SCHEDULED', 'RUNNING');
      continue;
    }
    if (progress.status === 'PAUSED') {
      await condition(() => progress.status !== 'PAUSED');
      continue;
    }
    if (progress.status !== 'RUNNING') break;
    if (progress.daily) {
      // A birthday campaign: the daily schedule opens and sends each day's run (a campaign of its
      // own); this workflow holds the lifecycle (pause, resume, cancel) and waits for a move.
      await condition(() => changed || workflowInfo().continueAsNewSuggested);
      if (!changed) await continueAsNew<typeof campaignWorkflow>(campaignId, { ...options, carried: { cursor, progress } });
      continue;
    }

    const result = await sender.sendCampaignBatch({ campaignId, afterSeq: cursor, at: nowIso(), batchSize: options.batchSize });
    cursor = result.lastSeq;
    // Counts from the ledger; the status stays what the Updates made it meanwhile.
    progress = { ...result.progress, status: progress.status, ...(progress.startAt && { startAt: progress.startAt }) };
    if (result.done) {
      await advance('RUNNING', 'COMPLETED');
      continue;
    }
    if (result.holdUntil && progress.status === 'RUNNING') {
      await condition(() => changed, Math.max(Date.parse(result.holdUntil) - Date.now(), 1000));
    }
    batches += 1;
    if (batches >= batchesPerRun || workflowInfo().continueAsNewSuggested) {
      await condition(() => !busy && allHandlersFinished());
      await continueAsNew<typeof campaignWorkflow>(campaignId, { ...options, carried: { cursor, progress } });
    }
  }
  await condition(allHandlersFinished);
  return progress;
}
