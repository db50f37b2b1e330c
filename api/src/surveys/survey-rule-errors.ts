import { SurveyRuleError } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';

/** Runs a domain check; its SurveyRuleError becomes a 422 whose message and details name each bad question. */
export function withSurveyRules<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof SurveyRuleError)) throw error;
    const what = error.kind === 'definition' ? 'The survey’s questions are not valid' : 'The answers are not valid';
    throw ApiError.unprocessable(
      `${what}: ${error.message}`,
      error.problems.map((p) => ({ field: p.field, messages: [p.message] })),
    );
  }
}
