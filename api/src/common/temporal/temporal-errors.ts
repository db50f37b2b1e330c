import { HttpStatus } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApiError } from '../envelope';

/** Temporal could not be reached: a 503 in the envelope, with nothing changed. `what` names the scheduler, e.g. "task". */
export function schedulerUnavailable(what: string, error: unknown): ApiError {
  return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', `The ${what} scheduler is unavailable; nothing was changed. Try again shortly.`, {
    cause: (error as Error).message.split('\n')[0],
  });
}

/** The workflow finished (completed, cancelled) or never existed: Updates and Queries answer "not found" or "already completed". */
export function isWorkflowGone(error: unknown): boolean {
  return error instanceof WorkflowNotFoundError || /already completed|workflow execution.*(completed|closed)/i.test((error as Error).message);
}

/**
 * Sends an Update and maps what can go wrong: a refusal by the workflow's validator or handler is a
 * 409 with the workflow's reason; a finished workflow is a 409 saying why (`gone`); anything else 503.
 */
export async function executeWorkflowUpdate<T>(what: string, call: () => Promise<T>, gone: () => Promise<string> | string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) throw ApiError.conflict(error.cause?.message ?? error.message);
    if (isWorkflowGone(error)) throw ApiError.conflict(await gone());
    throw schedulerUnavailable(what, error);
  }
}
