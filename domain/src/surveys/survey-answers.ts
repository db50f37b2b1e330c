import { SURVEY_LIMITS, SurveyRuleError, type SurveyProblem, type SurveyQuestion } from './survey-questions';

/** A response's answers by question id: a number (RATING, NPS), text (TEXT, SINGLE_CHOICE) or a list (MULTIPLE_CHOICE). */
export type SurveyAnswerValue = number | string | string[];
export type SurveyAnswers = Record<string, SurveyAnswerValue>;

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);

const wholeNumberIn = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The normalised answer, or the reason it is not acceptable for this question. */
function checkAnswer(question: SurveyQuestion, value: unknown): { value: SurveyAnswerValue } | { problem: string } {
  switch (question.type) {
    case 'NPS':
      return wholeNumberIn(value, 0, 10) ? { value: value as number } : { problem: 'must be a whole number from 0 to 10' };
    case 'RATING':
      return wholeNumberIn(value, 1, question.scale!) ? { value: value as number } : { problem: `must be a whole number from 1 to ${question.scale}` };
    case 'SINGLE_CHOICE':
      return typeof value === 'string' && question.options!.includes(value) ? { value } : { problem: `must be one of: ${question.options!.join(', ')}` };
    case 'MULTIPLE_CHOICE': {
      const ok = Array.isArray(value) && value.every((v) => question.options!.includes(v)) && new Set(value).size === value.length;
      return ok ? { value: value as string[] } : { problem: `must be a list of distinct options from: ${question.options!.join(', ')}` };
    }
    case 'TEXT':
      return typeof value === 'string' && value.length <= SURVEY_LIMITS.maxAnswerLength
        ? { value: value.trim() }
        : { problem: `must be text of at most ${SURVEY_LIMITS.maxAnswerLength} characters` };
  }
}

/**
 * Checks answers against a survey's questions and returns them normalised (blank optional
 * answers dropped, text trimmed). Throws SurveyRuleError naming each question that is missing,
 * unknown or answered out of range.
 */
export function validateSurveyAnswers(questions: readonly SurveyQuestion[], input: unknown): SurveyAnswers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SurveyRuleError('answers', [{ field: 'answers', message: 'answers must be an object keyed by question id' }]);
  }
  const given = input as Record<string, unknown>;
  const problems: SurveyProblem[] = Object.keys(given)
    .filter((id) => !questions.some((q) => q.id === id))
    .map((id) => ({ field: `answers.${id}`, message: `"${id}" is not a question of this survey` }));
  const answers: SurveyAnswers = {};
  for (const question of questions) {
    const name = `Question "${question.id}" (${question.text})`;
    const value = given[question.id];
    if (isBlank(value)) {
      if (question.required) problems.push({ field: `answers.${question.id}`, message: `${name} is required` });
      continue;
    }
    const checked = checkAnswer(question, value);
    if ('problem' in checked) problems.push({ field: `answers.${question.id}`, message: `${name}: ${checked.problem}` });
    else if (!isBlank(checked.value)) answers[question.id] = checked.value;
    else if (question.required) problems.push({ field: `answers.${question.id}`, message: `${name} is required` });
  }
  if (problems.length) throw new SurveyRuleError('answers', problems);
  return answers;
}
