import { describe, expect, it } from '@jest/globals';
import { cleanQuestions, cleanSurvey, newQuestion, nextQuestionId, questionProblems } from './surveyModel';

describe('new questions', () => {
  it('start with the fields of their type', () => {
    expect(newQuestion('NPS')).toEqual({ type: 'NPS', text: '', required: true });
    expect(newQuestion('RATING')).toEqual({ type: 'RATING', text: '', required: false, scale: 5 });
    expect(newQuestion('MULTIPLE_CHOICE')).toEqual({ type: 'MULTIPLE_CHOICE', text: '', required: false, options: [] });
  });

  it('get the first free id', () => {
    expect(nextQuestionId(new Set())).toBe('q1');
    expect(nextQuestionId(new Set(['q1', 'q3']))).toBe('q2');
  });
});

describe('cleanQuestions', () => {
  it('numbers questions in the order shown and keeps saved ids', () => {
    const questions = cleanQuestions([
      { id: 'recommend', type: 'NPS', text: ' How likely…? ', required: true },
      { type: 'RATING', text: 'Nursing care', scale: '7', options: ['stray'] },
      { type: 'SINGLE_CHOICE', text: 'Ward', options: [' A ', '', null, 'B'], scale: 4 },
      { id: 'q1', type: 'TEXT', text: 'Anything else?' },
    ]);
    expect(questions).toEqual([
      { id: 'recommend', type: 'NPS', text: 'How likely…?', required: true, order: 0 },
      { id: 'q2', type: 'RATING', text: 'Nursing care', required: false, order: 1, scale: 7 },
      { id: 'q3', type: 'SINGLE_CHOICE', text: 'Ward', required: false, order: 2, options: ['A', 'B'] },
      { id: 'q1', type: 'TEXT', text: 'Anything else?', required: false, order: 3 },
    ]);
  });

  it('gives a copied question (same id twice) a new id', () => {
    expect(
      cleanQuestions([
        { id: 'q1', type: 'TEXT', text: 'a' },
        { id: 'q1', type: 'TEXT', text: 'b' },
      ]).map((q) => q.id),
    ).toEqual(['q1', 'q2']);
  });
});

describe('cleanSurvey', () => {
  it('sends only what the API accepts', () => {
    expect(
      cleanSurvey({
        id: 's1',
        responseCount: 3,
        name: ' After your visit ',
        description: '',
        surveyType: 'POST_VISIT',
        isAnonymous: undefined,
        isActive: true,
        questions: [{ type: 'NPS', text: 'Recommend?' }],
      }),
    ).toEqual({
      name: 'After your visit',
      description: '',
      surveyType: 'POST_VISIT',
      isAnonymous: false,
      isActive: true,
      questions: [{ id: 'q1', type: 'NPS', text: 'Recommend?', required: false, order: 0 }],
    });
  });
});

describe('questionProblems', () => {
  it('names what the server would refuse', () => {
    const problems = questionProblems([
      { type: 'NPS', text: 'Recommend?' },
      { type: 'NPS', text: 'Again?' },
      { type: 'SINGLE_CHOICE', text: 'Ward', options: ['A'] },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['questions.2.options', 'questions']);
    expect(questionProblems([{ type: 'TEXT', text: 'Anything else?' }])).toEqual([]);
    expect(questionProblems([])[0].message).toMatch(/1 to 50 questions/);
  });
});
