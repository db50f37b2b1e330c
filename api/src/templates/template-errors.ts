import { MissingTemplateValuesError, TemplateError, type TemplateProblem } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';

/** A template problem as an error detail: the envelope's { field, messages } plus where and what. */
export function problemDetail(problem: TemplateProblem) {
  return {
    field: problem.field,
    messages: [problem.message],
    code: problem.code,
    ...(problem.variable !== undefined && { variable: problem.variable }),
    ...(problem.tag !== undefined && { tag: problem.tag }),
    ...(problem.position && { position: problem.position }),
  };
}

const summary = (messages: string[]) => messages.slice(0, 3).join('; ') + (messages.length > 3 ? `; and ${messages.length - 3} more` : '');

/** 422 for a template that cannot be saved as written, naming each variable and position. */
export function templateRejected(problems: readonly TemplateProblem[], verb = 'saved'): ApiError {
  const errors = problems.filter((p) => p.severity === 'error');
  return ApiError.unprocessable(`The template cannot be ${verb}: ${summary(errors.map((p) => p.message))}`, errors.map(problemDetail));
}

/** 422 naming the variables that have no value: a message is never sent with a blank in it. */
export function valuesMissing(missing: readonly string[]): ApiError {
  return ApiError.unprocessable(
    `No value for ${missing.length === 1 ? 'the variable' : 'the variables'} ${missing.join(', ')}: give ${missing.length === 1 ? 'it' : 'them'} in values, or choose a lead that has ${missing.length === 1 ? 'it' : 'them'}`,
    [{ field: 'values', messages: missing.map((name) => `no value for ${name}`), missing: [...missing] }],
  );
}

/**
 * The domain's template errors as API errors (422); anything else passes through unchanged.
 * For modules that call the domain's renderTemplate themselves.
 */
export function toTemplateApiError(error: unknown): unknown {
  if (error instanceof MissingTemplateValuesError) return valuesMissing(error.missing);
  if (error instanceof TemplateError) return error.problems.length ? templateRejected(error.problems, 'used') : ApiError.unprocessable(error.message);
  return error;
}
