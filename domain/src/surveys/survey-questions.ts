import { SURVEY_QUESTION_TYPES, type SurveyQuestionType } from '../enums';

/** One question as stored in CRMSurvey.questions. */
export interface SurveyQuestion {
  /** Stable key of the answer in a response: letters, digits, `_` and `-`. */
  id: string;
  type: SurveyQuestionType;
  text: string;
  required: boolean;
  /** Position on the form, ascending; unique within a survey. */
  order: number;
  /** RATING only: answers are whole numbers from 1 to scale. */
  scale?: number;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE only. */
  options?: string[];
}

export const SURVEY_LIMITS = {
  maxQuestions: 50,
  idPattern: /^[A-Za-z0-9_-]{1,40}$/,
  maxTextLength: 500,
  minScale: 3,
  maxScale: 10,
  defaultScale: 5,
  minOptions: 2,
  maxOptions: 20,
  maxOptionLength: 200,
  /** Longest free-text answer, in characters. */
  maxAnswerLength: 2000,
} as const;

/** What is wrong with one question (or the list, when questionId and index are absent). */
export interface SurveyProblem {
  /** JSON path of the offending value, e.g. `questions.2.scale` or `answers.q1`. */
  field: string;
  message: string;
}

/** A survey definition or a set of answers that breaks the rules; each problem names its question. */
export class SurveyRuleError extends Error {
  constructor(
    readonly kind: 'definition' | 'answers',
    readonly problems: SurveyProblem[],
  ) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'SurveyRuleError';
  }
}

const CHOICE_TYPES: readonly SurveyQuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

/** `Question "q1"` or, when it has no usable id, `Question 3`: how every message names a question. */
export function questionLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? `Question "${id}"` : `Question ${index + 1}`;
}

function problemsOf(raw: unknown, index: number): SurveyProblem[] {
  const name = questionLabel(raw, index);
  const at = (field: string, message: string): SurveyProblem => ({ field: `questions.${index}${field ? `.${field}` : ''}`, message: `${name}: ${message}` });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [at('', 'must be an object')];
  const q = raw as Record<string, unknown>;
  const problems: SurveyProblem[] = [];
  if (typeof q.id !== 'string' || !SURVEY_LIMITS.idPattern.test(q.id)) problems.push(at('id', 'id must be 1-40 letters, digits, "_" or "-"'));
  if (!(SURVEY_QUESTION_TYPES as readonly unknown[]).includes(q.type)) problems.push(at('type', `type must be one of ${SURVEY_QUESTION_TYPES.join(', ')}`));
  if (typeof q.text !== 'string' || !q.text.trim() || q.text.length > SURVEY_LIMITS.maxTextLength)
    problems.push(at('text', `text is required (at most ${SURVEY_LIMITS.maxTextLength} characters)`));
  if (q.required !== undefined && typeof q.required !== 'boolean') problems.push(at('required', 'required must be true or false'));
  if (!Number.isInteger(q.order) || (q.order as number) < 0) problems.push(at('order', 'order must be a whole number from 0'));

  const type = q.type as SurveyQuestionType;
  if (q.scale !== undefined && type !== 'RATING') problems.push(at('scale', 'only a RATING question has a scale'));
  if (type === 'RATING' && q.scale !== undefined) {
    const { minScale, maxScale } = SURVEY_LIMITS;
    if (!Number.isInteger(q.scale) || (q.scale as number) < minScale || (q.scale as number) > maxScale)
      problems.push(at('scale', `a rating scale must be a whole number from ${minScale} to ${maxScale}`));
  }
  if (q.options !== undefined && !CHOICE_TYPES.includes(type)) problems.push(at('options', 'only a choice question has options'));
  if (CHOICE_TYPES.includes(type)) problems.push(...optionProblems(q.options, (message) => at('options', message)));
  return problems;
}

function optionProblems(options: unknown, at: (message: string) => SurveyProblem): SurveyProblem[] {
  const { minOptions, maxOptions, maxOptionLength } = SURVEY_LIMITS;
  if (!Array.isArray(options) || options.length < minOptions || options.length > maxOptions) {
    return [at(`a choice question needs ${minOptions} to ${maxOptions} options`)];
  }
  if (options.some((o) => typeof o !== 'string' || !o.trim() || o.length > maxOptionLength)) {
    return [at(`each option must be text of 1 to ${maxOptionLength} characters`)];
  }
  const trimmed = options.map((o: string) => o.trim());
  return new Set(trimmed).size === trimmed.length ? [] : [at('options must not repeat')];
}

function normalise(q: Record<string, unknown>): SurveyQuestion {
  const type = q.type as SurveyQuestionType;
  return {
    id: q.id as string,
    type,
    text: (q.text as string).trim(),
    required: q.required === true,
    order: q.order as number,
    ...(type === 'RATING' && { scale: (q.scale as number | undefined) ?? SURVEY_LIMITS.defaultScale }),
    ...(CHOICE_TYPES.includes(type) && { options: (q.options as string[]).map((o) => o.trim()) }),
  };
}

/**
 * Checks a survey's questions and returns them normalised (sorted by order, text trimmed,
 * RATING scale defaulted to 5). Throws SurveyRuleError naming every bad question.
 */
export function validateSurveyQuestions(input: unknown): SurveyQuestion[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > SURVEY_LIMITS.maxQuestions) {
    throw new SurveyRuleError('definition', [{ field: 'questions', message: `A survey needs 1 to ${SURVEY_LIMITS.maxQuestions} questions` }]);
  }
  const problems = input.flatMap(problemsOf);
  const seen = (key: 'id' | 'order', what: string) =>
    input.forEach((q, index) => {
      const value = (q as Record<string, unknown>)?.[key];
      if (value !== undefined && input.findIndex((other) => (other as Record<string, unknown>)?.[key] === value) < index)
        problems.push({
          field: `questions.${index}.${key}`,
          message: `${questionLabel(q, index)}: ${what} ${JSON.stringify(value)} is used by an earlier question`,
        });
    });
  seen('id', 'id');
  seen('order', 'order');
  if (input.filter((q) => (q as Record<string, unknown>)?.type === 'NPS').length > 1) {
    problems.push({ field: 'questions', message: 'A survey has at most one NPS question (it is the response’s NPS score)' });
  }
  if (problems.length) throw new SurveyRuleError('definition', problems);
  return (input as Record<string, unknown>[]).map(normalise).sort((a, b) => a.order - b.order);
}

/**
 * Changes to questions that would make stored answers wrong: a question removed, its type or
 * scale changed, or an option removed. Text, required, order and new options are safe.
 */
export function breakingQuestionChanges(before: readonly SurveyQuestion[], after: readonly SurveyQuestion[]): string[] {
  return before.flatMap((old) => {
    const next = after.find((q) => q.id === old.id);
    if (!next) return [`Question "${old.id}" would be removed`];
    if (next.type !== old.type) return [`Question "${old.id}" would change from ${old.type} to ${next.type}`];
    if (next.scale !== old.scale) return [`Question "${old.id}" would change its scale from ${old.scale} to ${next.scale}`];
    const dropped = (old.options ?? []).filter((o) => !(next.options ?? []).includes(o));
    return dropped.length ? [`Question "${old.id}" would lose the option(s) ${dropped.map((o) => `"${o}"`).join(', ')}`] : [];
  });
}
