import { validateSurveyAnswers } from './survey-answers';
import { SurveyRuleError, validateSurveyQuestions } from './survey-questions';

const questions = validateSurveyQuestions([
  { id: 'recommend', type: 'NPS', text: 'Recommend us?', required: true, order: 0 },
  { id: 'care', type: 'RATING', text: 'Rate the care', required: false, order: 1, scale: 5 },
  { id: 'dept', type: 'SINGLE_CHOICE', text: 'Department', required: false, order: 2, options: ['Cardiology', 'OPD'] },
  { id: 'liked', type: 'MULTIPLE_CHOICE', text: 'What went well?', required: false, order: 3, options: ['Staff', 'Wait', 'Food'] },
  { id: 'comments', type: 'TEXT', text: 'Anything else?', required: false, order: 4 },
]);

function refusal(answers: unknown): string[] {
  try {
    validateSurveyAnswers(questions, answers);
  } catch (error) {
    expect(error).toBeInstanceOf(SurveyRuleError);
    return (error as SurveyRuleError).problems.map((p) => `${p.field} | ${p.message}`);
  }
  throw new Error('expected the answers to be refused');
}

describe('validateSurveyAnswers', () => {
  it('keeps valid answers, trims text and drops blank optional ones', () => {
    expect(validateSurveyAnswers(questions, { recommend: 0, care: 5, dept: 'OPD', liked: ['Staff', 'Food'], comments: '  Thanks ' })).toEqual({
      recommend: 0,
      care: 5,
      dept: 'OPD',
      liked: ['Staff', 'Food'],
      comments: 'Thanks',
    });
    expect(validateSurveyAnswers(questions, { recommend: 10, comments: '   ', liked: [], dept: null })).toEqual({ recommend: 10 });
  });

  it.each<[string, unknown, string]>([
    ['a missing required answer', { care: 3 }, 'answers.recommend | Question "recommend" (Recommend us?) is required'],
    ['NPS above 10', { recommend: 11 }, 'answers.recommend | Question "recommend" (Recommend us?): must be a whole number from 0 to 10'],
    ['NPS as text', { recommend: '9' }, 'answers.recommend | Question "recommend" (Recommend us?): must be a whole number from 0 to 10'],
    ['a rating of 0', { recommend: 9, care: 0 }, 'answers.care | Question "care" (Rate the care): must be a whole number from 1 to 5'],
    ['a half rating', { recommend: 9, care: 2.5 }, 'answers.care | Question "care" (Rate the care): must be a whole number from 1 to 5'],
    ['an unknown option', { recommend: 9, dept: 'ENT' }, 'answers.dept | Question "dept" (Department): must be one of: Cardiology, OPD'],
    [
      'a repeated choice',
      { recommend: 9, liked: ['Staff', 'Staff'] },
      'answers.liked | Question "liked" (What went well?): must be a list of distinct options from: Staff, Wait, Food',
    ],
    [
      'one choice not as a list',
      { recommend: 9, liked: 'Staff' },
      'answers.liked | Question "liked" (What went well?): must be a list of distinct options from: Staff, Wait, Food',
    ],
    [
      'text too long',
      { recommend: 9, comments: 'x'.repeat(2001) },
      'answers.comments | Question "comments" (Anything else?): must be text of at most 2000 characters',
    ],
    ['an unknown question', { recommend: 9, mood: 'ok' }, 'answers.mood | "mood" is not a question of this survey'],
    ['not an object', [9], 'answers | answers must be an object keyed by question id'],
  ])('refuses %s, naming the question', (_case, answers, expected) => {
    expect(refusal(answers)).toContain(expected);
  });
});
