import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { taskClosedSignal, taskScheduleChangedSignal, taskWorkflowId, WORKFLOW_TYPES, type TaskSchedule } from '@hospital-crm/workflows';
import { temporalConfig, type TemporalConfig } from '../config/configuration';
import { InjectTemporal, type TemporalClient } from '../common/temporal/temporal.module';
import { schedulerUnavailable } from '../common/temporal/temporal-errors';

/**
 * The API's side of the `task-<id>` workflow. Called inside the transaction that changes the
 * task, so if Temporal cannot be told, the change is rolled back and the user gets a 503
 * instead of a task whose timer silently never fires.
 */
@Injectable()
export class TaskTimers {
  constructor(
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
  ) {}

  /** Starts the workflow, or moves its timers when it already runs (signal-with-start). */
  async schedule(taskId: string, schedule: TaskSchedule): Promise<void> {
    await this.call(() =>
      this.temporal.workflow.signalWithStart(WORKFLOW_TYPES.task, {
        workflowId: taskWorkflowId(taskId),
        taskQueue: this.config.taskQueue,
        args: [taskId, schedule],
        signal: taskScheduleChangedSignal,
        signalArgs: [schedule],
      }),
    );
  }

  /** Ends the workflow. One that is already gone needs nothing. */
  async close(taskId: string): Promise<void> {
    await this.call(async () => {
      try {
        await this.temporal.workflow.getHandle(taskWorkflowId(taskId)).signal(taskClosedSignal);
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    });
  }

  private async call(fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      throw schedulerUnavailable('task', error);
    }
  }
}
