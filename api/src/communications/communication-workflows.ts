import { Inject, Injectable } from '@nestjs/common';
import {
  cancelCommunicationUpdate,
  communicationWorkflowId,
  rescheduleCommunicationUpdate,
  WORKFLOW_TYPES,
  type CommunicationState,
} from '@hospital-crm/workflows';
import { InjectTemporal, type TemporalClient } from '../common/temporal/temporal.module';
import { executeWorkflowUpdate, schedulerUnavailable } from '../common/temporal/temporal-errors';
import { temporalConfig, type TemporalConfig } from '../config/configuration';

/**
 * The API's side of `communication-<id>`: start it, and cancel or move it through Updates
 * whose answer is the state the workflow confirmed. The API never talks to a provider.
 */
@Injectable()
export class CommunicationWorkflows {
  constructor(
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
  ) {}

  /** Called inside the transaction that records the message: no workflow, no message (503). */
  async start(communicationId: string, sendAt?: Date): Promise<void> {
    try {
      await this.temporal.workflow.start(WORKFLOW_TYPES.communication, {
        workflowId: communicationWorkflowId(communicationId),
        taskQueue: this.config.taskQueue,
        args: [communicationId, sendAt ? { sendAt: sendAt.toISOString() } : {}],
      });
    } catch (error) {
      throw schedulerUnavailable('message', error);
    }
  }

  cancel(communicationId: string): Promise<CommunicationState> {
    return this.update(communicationId, () =>
      this.temporal.workflow.getHandle(communicationWorkflowId(communicationId)).executeUpdate(cancelCommunicationUpdate),
    );
  }

  reschedule(communicationId: string, sendAt: Date): Promise<CommunicationState> {
    return this.update(communicationId, () =>
      this.temporal.workflow.getHandle(communicationWorkflowId(communicationId)).executeUpdate(rescheduleCommunicationUpdate, { args: [sendAt.toISOString()] }),
    );
  }

  private update(communicationId: string, call: () => Promise<CommunicationState>): Promise<CommunicationState> {
    // A finished workflow: the message went its way (sent, failed or cancelled).
    return executeWorkflowUpdate('message', call, () => `Communication ${communicationId} has already been handled and can no longer be changed`);
  }
}
