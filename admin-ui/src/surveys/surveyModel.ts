// What the survey builder sends: questions numbered in the order shown, each with only the
// fields its type has, new ones given ids that never change once answers refer to them.
import {
  SURVEY_LIMITS,
  SurveyRuleError,
  validateSurveyQuestions,
  type SurveyProblem,
  type SurveyQuestion,
  type SurveyQuestionType,
} from '@hospital-crm/domain';

/** A question as the builder holds it: possibly new (no id yet) and half-filled. */
export type QuestionDraft = {
  id?: string | null;
  type?: SurveyQuestionType | null;
  text?: string | null;
  required?: boolean | null;
  scale?: number | string | null;
  options?: Array<string | null> | null;
};

const CHOICE_TYPES: readonly SurveyQuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

export const isChoiceType = (type: SurveyQuestionType | null | undefined): boolean => !!type && CHOICE_TYPES.includes(type);

/** Rating scales a builder offers (the domain allows 3-10). */
export const RATING_SCALES = Array.from({ length: SURVEY_LIMITS.maxScale - SURVEY_LIMITS.minScale + 1 }, (_, i) => SURVEY_LIMITS.minScale + i);

/** A fresh question of a type; an NPS question is required by default (it is the response's score). */
export const newQuestion = (type: SurveyQuestionType): QuestionDraft => ({
  type,
  text: '',
  required: type === 'NPS',
  ...(type === 'RATING' && { scale: SURVEY_LIMITS.defaultScale }),
  ...(isChoiceType(type) && { options: [] }),
});

/** `q1`, `q2`...: the first not taken. */
export const nextQuestionId = (taken: ReadonlySet<string>): string => {
  let n = 1;
  while (taken.has(`q${n}`)) n += 1;
  return `q${n}`;
};

const validId = (id: unknown): id is string => typeof id === 'string' && SURVEY_LIMITS.idPattern.test(id);

/** The questions as the API stores them: order from the position, only the fields each type has. */
export const cleanQuestions = (drafts: readonly QuestionDraft[] | null | undefined): SurveyQuestion[] => {
  const list = drafts ?? [];
  const taken = new Set(list.map((q) => q.id).filter(validId));
  const seen = new Set<string>();
  return list.map((draft, order) => {
    let id = validId(draft.id) && !seen.has(draft.id) ? draft.id : null;
    if (!id) {
      id = nextQuestionId(new Set([...taken, ...seen]));
      taken.add(id);
    }
    seen.add(id);
    const type = (draft.type ?? 'TEXT') as SurveyQuestionType;
    const question: SurveyQuestion = { id, type, text: (draft.text ?? '').trim(), required: draft.required === true, order };
    if (type === 'RATING') question.scale = Number(draft.scale ?? SURVEY_LIMITS.defaultScale);
    if (isChoiceType(type)) question.options = (draft.options ?? []).map((option) => String(option ?? '').trim()).filter(Boolean);
    return question;
  });
};

/** Fields POST and PUT /crm/surveys accept. */
const SURVEY_FIELDS = ['name', 'description', 'surveyType', 'isAnonymous', 'isActive'] as const;

export const cleanSurvey = (data: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const field of SURVEY_FIELDS) {
    if (!(field in data)) continue;
    const value = data[field];
    if (field === 'isAnonymous') out.isAnonymous = value === true;
    else if (field === 'isActive') out.isActive = value !== false;
    else if (typeof value === 'string') out[field] = value.trim();
    else if (value !== null && value !== undefined) out[field] = value;
  }
  out.questions = cleanQuestions(data.questions as QuestionDraft[] | undefined);
  return out;
};

/** What the domain (and so the server, 422) would say about the questions; empty when they are fine. */
export const questionProblems = (drafts: readonly QuestionDraft[] | null | undefined): SurveyProblem[] => {
  try {
    validateSurveyQuestions(cleanQuestions(drafts));
    return [];
  } catch (error) {
    if (error instanceof SurveyRuleError) return error.problems;
    throw error;
  }
};
