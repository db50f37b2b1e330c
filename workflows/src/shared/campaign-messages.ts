import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CampaignStatus } from '@hospital-crm/domain';

// The `campaign-<id>` workflow's interface, shared by the worker and the API.
// The API starts the workflow (workflowIdConflictPolicy USE_EXISTING) and then sends the launch
// Update; pause, resume, cancel and reschedule are Updates too. Each answers with the progress
// the workflow confirmed; a validator refuses an illegal move (the API turns that into a 409).

/** Where a campaign is, as its workflow sees it. Counts come from the send ledger. */
export interface CampaignProgress {
  status: CampaignStatus;
  /** Scheduled campaigns: when sending starts (ISO). */
  startAt?: string;
  /** A daily (birthday) campaign: while it runs, the daily schedule opens a run of it each day. */
  daily?: true;
  totalRecipients: number;
  /** Recipients past PENDING (sent, failed, skipped or unknown). */
  processed: number;
  sent: number;
  failed: number;
  skipped: number;
  /** A worker died during their provider call: counted, never resent blindly. */
  unknown: number;
}

export interface LaunchOptions {
  /** Start later (ISO, in the future); now when omitted. */
  startAt?: string;
}

export const launchCampaignUpdate = defineUpdate<CampaignProgress, [LaunchOptions]>('launchCampaign');
export const pauseCampaignUpdate = defineUpdate<CampaignProgress>('pauseCampaign');
export const resumeCampaignUpdate = defineUpdate<CampaignProgress>('resumeCampaign');
export const cancelCampaignUpdate = defineUpdate<CampaignProgress>('cancelCampaign');
/** Move a SCHEDULED campaign's start (ISO). */
export const rescheduleCampaignUpdate = defineUpdate<CampaignProgress, [string]>('rescheduleCampaign');
export const campaignProgressQuery = defineQuery<CampaignProgress>('campaignProgress');
