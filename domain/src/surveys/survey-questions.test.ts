import { breakingQuestionChanges, SurveyRuleError, validateSurveyQuestions, type SurveyQuestion } from './survey-questions';

const nps = { id: 'recommend', type: 'NPS', text: 'How likely are you to recommend us?', required: true, order: 0 };
const rating = { id: 'care', type: 'RATING', text: 'Rate the care', required: true, order: 1, scale: 5 };
const choice = { id: 'dept', type: 'SINGLE_CHOICE', text: 'Which department?', required: false, order: 2, options: ['Cardiology', 'OPD'] };
const text = { id: 'comments', type: 'TEXT', text: 'Anything else?', required: false, order: 3 };

function problems(input: unknown): string[] {
  try {
    validateSurveyQuestions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SurveyRuleError);
    return (error as SurveyRuleError).problems.map((p) => `${p.field} | ${p.message}`);
  }
  throw new Error('expected the questions to be refused');
}

describe('validateSurveyQuestions', () => {
  it('returns the questions sorted by order, trimmed, with a default rating scale', () => {
    const questions = validateSurveyQuestions([text, { ...rating, scale: undefined, text: '  Rate the care ' }, nps, choice]);
    expect(questions.map((q) => q.id)).toEqual(['recommend', 'care', 'dept', 'comments']);
    expect(questions[1]).toEqual({ id: 'care', type: 'RATING', text: 'Rate the care', required: true, order: 1, scale: 5 });
    expect(questions[3]).toEqual({ id: 'comments', type: 'TEXT', text: 'Anything else?', required: false, order: 3 });
  });

  it.each<[string, unknown, string]>([
    ['no questions', [], 'questions | A survey needs 1 to 50 questions'],
    ['not a list', { nps }, 'questions | A survey needs 1 to 50 questions'],
    [
      'an unknown type',
      [{ ...text, type: 'SLIDER' }],
      'questions.0.type | Question "comments": type must be one of RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT, NPS',
    ],
    ['a bad id', [{ ...text, id: 'has space' }], 'questions.0.id | Question "has space": id must be 1-40 letters, digits, "_" or "-"'],
    ['no id at all', [{ ...text, id: undefined }], 'questions.0.id | Question 1: id must be 1-40 letters, digits, "_" or "-"'],
    ['empty text', [nps, { ...text, text: ' ' }], 'questions.1.text | Question "comments": text is required (at most 500 characters)'],
    ['a scale too large', [{ ...rating, scale: 11 }], 'questions.0.scale | Question "care": a rating scale must be a whole number from 3 to 10'],
    ['a scale on NPS', [{ ...nps, scale: 10 }], 'questions.0.scale | Question "recommend": only a RATING question has a scale'],
    ['options on text', [{ ...text, options: ['a', 'b'] }], 'questions.0.options | Question "comments": only a choice question has options'],
    ['one option', [{ ...choice, options: ['Only'] }], 'questions.0.options | Question "dept": a choice question needs 2 to 20 options'],
    ['repeated options', [{ ...choice, options: ['A', ' A'] }], 'questions.0.options | Question "dept": options must not repeat'],
    ['a negative order', [{ ...text, order: -1 }], 'questions.0.order | Question "comments": order must be a whole number from 0'],
    ['required not boolean', [{ ...text, required: 'yes' }], 'questions.0.required | Question "comments": required must be true or false'],
    ['a repeated id', [nps, { ...text, id: 'recommend' }], 'questions.1.id | Question "recommend": id "recommend" is used by an earlier question'],
    ['a repeated order', [nps, { ...text, order: 0 }], 'questions.1.order | Question "comments": order 0 is used by an earlier question'],
    ['two NPS questions', [nps, { ...nps, id: 'again', order: 5 }], 'questions | A survey has at most one NPS question (it is the response’s NPS score)'],
    ['not an object', [nps, 'Rate us'], 'questions.1 | Question 2: must be an object'],
  ])('refuses %s, naming the question', (_case, input, expected) => {
    expect(problems(input)).toContain(expected);
  });
});

describe('breakingQuestionChanges', () => {
  const before = validateSurveyQuestions([nps, rating, choice, text]);
  const edit = (id: string, change: Partial<SurveyQuestion>) => before.map((q) => (q.id === id ? { ...q, ...change } : q));

  it.each<[string, SurveyQuestion[], string[]]>([
    ['new wording, order and required flag', edit('care', { text: 'How was the care?', order: 9, required: false }), []],
    ['an added option', edit('dept', { options: ['Cardiology', 'OPD', 'ENT'] }), []],
    ['an added question', [...before, { id: 'extra', type: 'TEXT', text: 'More?', required: false, order: 8 }], []],
    ['a removed question', before.filter((q) => q.id !== 'comments'), ['Question "comments" would be removed']],
    ['a changed type', edit('comments', { type: 'RATING', scale: 5 }), ['Question "comments" would change from TEXT to RATING']],
    ['a changed scale', edit('care', { scale: 10 }), ['Question "care" would change its scale from 5 to 10']],
    ['a removed option', edit('dept', { options: ['Cardiology'] }), ['Question "dept" would lose the option(s) "OPD"']],
  ])('%s', (_case, after, expected) => {
    expect(breakingQuestionChanges(before, after)).toEqual(expected);
  });
});
