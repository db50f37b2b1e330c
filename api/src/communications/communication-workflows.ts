import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import {
  cancelCommunicationUpdate,
  communicationWorkflowId,
  rescheduleCommunicationUpdate,
  WORKFLOW_TYPES,
  type CommunicationState,
} from '@hospital-crm/workflows';
import { ApiError } from '../common/envelope';
import { InjectTemporal, type TemporalClient } from '../common/temporal/temporal.module';
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
      throw unavailable(error);
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

  private async update(communicationId: string, call: () => Promise<CommunicationState>): Promise<CommunicationState> {
    try {
      return await call();
    } catch (error) {
      // Refused by the workflow (it began sending) or the workflow already finished: the message went its way.
      if (error instanceof WorkflowUpdateFailedError) {
        throw ApiError.conflict(error.cause?.message ?? 'The message can no longer be changed');
      }
      if (error instanceof WorkflowNotFoundError || /already completed|workflow execution.*(completed|closed)/i.test((error as Error).message)) {
        throw ApiError.conflict(`Communication ${communicationId} has already been handled and can no longer be changed`);
      }
      throw unavailable(error);
    }
  }
}

function unavailable(error: unknown): ApiError {
  return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'The message scheduler is unavailable; nothing was changed. Try again shortly.', {
    cause: (error as Error).message.split('\n')[0],
  });
}
