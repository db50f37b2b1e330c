import type { CampaignProgress } from '../../shared/campaign-messages';
import type { CommunicationDependencies } from '../communications';
import { sendCampaignBatch, type CampaignBatchInput, type CampaignBatchResult } from './campaign-batch';
import { launch, move, CampaignMoveRefused } from './campaign-transitions';
import { openBirthdayRuns } from './birthday-runs';
import { ApplicationFailure } from '@temporalio/activity';
import { CampaignAudienceError, ledgerProgress } from '@hospital-crm/db';
import type { CampaignStatus } from '@hospital-crm/domain';

export type { CampaignBatchInput, CampaignBatchResult } from './campaign-batch';

export interface CampaignActivities {
  campaignProgress(campaignId: string): Promise<CampaignProgress>;
  /** DRAFT → SCHEDULED / RUNNING with the recipient list fixed. */
  launchCampaign(campaignId: string, startAt: string | undefined, at: string): Promise<CampaignProgress>;
  /** A lifecycle move on the row; refused (not retried) when the row's status does not allow it. */
  moveCampaign(campaignId: string, to: CampaignStatus, at: string, scheduledAt?: string): Promise<CampaignProgress>;
  sendCampaignBatch(input: CampaignBatchInput): Promise<CampaignBatchResult>;
  /** Creates and launches today's run of each due birthday campaign; the ids of the runs sending. */
  openBirthdayRuns(at: string): Promise<string[]>;
}

/** A refusal is final: retrying the same move cannot make it legal. */
const final = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CampaignMoveRefused || error instanceof CampaignAudienceError)
      throw ApplicationFailure.nonRetryable(error.message, 'CampaignMoveRefused');
    throw error;
  }
};

export function createCampaignActivities(deps: CommunicationDependencies): CampaignActivities {
  const { prisma } = deps;
  return {
    campaignProgress: (id) => ledgerProgress(prisma, id),
    launchCampaign: (id, startAt, at) => final(() => launch(prisma, id, startAt, new Date(at))),
    moveCampaign: (id, to, at, scheduledAt) => final(() => move(prisma, id, to, new Date(at), scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {})),
    sendCampaignBatch: (input) => sendCampaignBatch(deps, input),
    openBirthdayRuns: (at) => openBirthdayRuns(prisma, new Date(at)),
  };
}
