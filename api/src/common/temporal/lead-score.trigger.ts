import { Inject, Injectable, Logger } from '@nestjs/common';
import { leadScoreWorkflowId, recomputeScoreSignal, WORKFLOW_TYPES } from '@hospital-crm/workflows';
import { temporalConfig, type TemporalConfig } from '../../config/configuration';
import { InjectTemporal, type TemporalClient } from './temporal.tokens';

/**
 * Asks the `lead-score-<id>` workflow to recompute after an input changed (signal-with-start:
 * starts it when idle, nudges it when running). If Temporal is unreachable the request still
 * succeeds: the nightly recompute schedule brings the score up to date.
 */
@Injectable()
export class LeadScoreTrigger {
  private readonly logger = new Logger(LeadScoreTrigger.name);

  constructor(
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
  ) {}

  async recompute(leadId: string): Promise<void> {
    try {
      await this.temporal.workflow.signalWithStart(WORKFLOW_TYPES.leadScore, {
        workflowId: leadScoreWorkflowId(leadId),
        taskQueue: this.config.taskQueue,
        args: [leadId],
        signal: recomputeScoreSignal,
      });
    } catch (error) {
      this.logger.warn(`could not schedule a score recompute for lead ${leadId}: ${(error as Error).message}`);
    }
  }
}
