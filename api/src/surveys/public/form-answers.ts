import type { SurveyQuestion } from '@hospital-crm/domain';

/** The form field of a question on the survey page. */
export const fieldName = (question: Pick<SurveyQuestion, 'id'>) => `q_${question.id}`;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : [String(value)]);

/**
 * Answers from the page's urlencoded form: numbers for NPS and ratings (whatever is not a whole
 * number is passed on as text, for the domain to refuse with the question's name), a list for
 * multiple choice (one ticked box arrives as a single value), text otherwise.
 */
export function answersFromForm(questions: readonly SurveyQuestion[], form: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const raw = form[fieldName(question)];
    if (question.type === 'MULTIPLE_CHOICE') {
      answers[question.id] = asList(raw);
      continue;
    }
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    const text = String(value);
    answers[question.id] = (question.type === 'NPS' || question.type === 'RATING') && /^\d{1,2}$/.test(text) ? Number(text) : text;
  }
  return answers;
}
