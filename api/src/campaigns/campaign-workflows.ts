import { Inject, Injectable } from '@nestjs/common';
import type { WorkflowHandle } from '@temporalio/client';
import {
  campaignProgressQuery,
  campaignWorkflowId,
  cancelCampaignUpdate,
  launchCampaignUpdate,
  pauseCampaignUpdate,
  rescheduleCampaignUpdate,
  resumeCampaignUpdate,
  WORKFLOW_TYPES,
  type CampaignProgress,
} from '@hospital-crm/workflows';
import { InjectTemporal, type TemporalClient } from '../common/temporal/temporal.module';
import { executeWorkflowUpdate, isWorkflowGone, schedulerUnavailable } from '../common/temporal/temporal-errors';
import { temporalConfig, type TemporalConfig } from '../config/configuration';

const DISCARD_DEADLINE_MS = 2_000;

/** What a refused move says when the workflow is gone: the campaign's status as the database has it. */
export type GoneMessage = () => Promise<string>;

/**
 * The API's side of `campaign-<id>`: start it and send the launch Update; pause, resume, cancel and
 * reschedule as Updates; read progress with the Query. Each Update answers with the progress the
 * workflow confirmed; a move its validator refuses is a 409 with the workflow's reason, and an
 * unreachable Temporal is a 503 with nothing changed.
 */
@Injectable()
export class CampaignWorkflows {
  constructor(
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
  ) {}

  async launch(campaignId: string, startAt: Date | undefined, gone: GoneMessage): Promise<CampaignProgress> {
    try {
      // USE_EXISTING: a launch retried after a lost answer joins the workflow the first one started.
      await this.temporal.workflow.start(WORKFLOW_TYPES.campaign, {
        workflowId: campaignWorkflowId(campaignId),
        taskQueue: this.config.taskQueue,
        args: [campaignId],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
    } catch (error) {
      throw schedulerUnavailable('campaign', error);
    }
    return this.update(gone, (h) => h.executeUpdate(launchCampaignUpdate, { args: [startAt ? { startAt: startAt.toISOString() } : {}] }), campaignId);
  }

  pause(campaignId: string, gone: GoneMessage): Promise<CampaignProgress> {
    return this.update(gone, (h) => h.executeUpdate(pauseCampaignUpdate), campaignId);
  }

  resume(campaignId: string, gone: GoneMessage): Promise<CampaignProgress> {
    return this.update(gone, (h) => h.executeUpdate(resumeCampaignUpdate), campaignId);
  }

  cancel(campaignId: string, gone: GoneMessage): Promise<CampaignProgress> {
    return this.update(gone, (h) => h.executeUpdate(cancelCampaignUpdate), campaignId);
  }

  reschedule(campaignId: string, startAt: Date, gone: GoneMessage): Promise<CampaignProgress> {
    return this.update(gone, (h) => h.executeUpdate(rescheduleCampaignUpdate, { args: [startAt.toISOString()] }), campaignId);
  }

  /** The workflow's progress, or null when there is no workflow to ask (never launched, or gone). */
  async progress(campaignId: string): Promise<CampaignProgress | null> {
    try {
      return await this.handle(campaignId).query(campaignProgressQuery);
    } catch (error) {
      if (isWorkflowGone(error)) return null;
      throw schedulerUnavailable('campaign', error);
    }
  }

  /** Best effort (at most two seconds), for a deleted draft: ends a workflow still waiting for its launch. */
  async discard(campaignId: string): Promise<void> {
    await this.temporal
      .withDeadline(Date.now() + DISCARD_DEADLINE_MS, () => this.handle(campaignId).terminate('The campaign draft was deleted'))
      .catch(() => undefined);
  }

  private handle(campaignId: string): WorkflowHandle {
    return this.temporal.workflow.getHandle(campaignWorkflowId(campaignId));
  }

  private update(gone: GoneMessage, call: (handle: WorkflowHandle) => Promise<CampaignProgress>, campaignId: string): Promise<CampaignProgress> {
    return executeWorkflowUpdate('campaign', () => call(this.handle(campaignId)), gone);
  }
}
