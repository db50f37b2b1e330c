import type { SurveyQuestion } from '@hospital-crm/domain';
import { answersFromForm } from './form-answers';

const questions: SurveyQuestion[] = [
  { id: 'nps', type: 'NPS', text: 'Recommend?', required: true, order: 0 },
  { id: 'care', type: 'RATING', text: 'Care', required: false, order: 1, scale: 5 },
  { id: 'liked', type: 'MULTIPLE_CHOICE', text: 'Liked', required: false, order: 2, options: ['Staff', 'Food'] },
  { id: 'dept', type: 'SINGLE_CHOICE', text: 'Dept', required: false, order: 3, options: ['A', 'B'] },
  { id: 'comments', type: 'TEXT', text: 'Comments', required: false, order: 4 },
];

describe('answersFromForm', () => {
  it('reads numbers, one or many ticked boxes, choices and text', () => {
    expect(answersFromForm(questions, { q_nps: '9', q_care: '4', q_liked: 'Staff', q_dept: 'B', q_comments: 'Fine' })).toEqual({
      nps: 9,
      care: 4,
      liked: ['Staff'],
      dept: 'B',
      comments: 'Fine',
    });
    expect(answersFromForm(questions, { q_nps: '10', q_liked: ['Staff', 'Food'] })).toEqual({ nps: 10, liked: ['Staff', 'Food'] });
  });

  it('leaves out what was not answered and passes odd values on for the domain to refuse', () => {
    expect(answersFromForm(questions, { q_care: '', other: 'x' })).toEqual({ liked: [] });
    expect(answersFromForm(questions, { q_nps: 'ten', q_care: '4.5' })).toEqual({ nps: 'ten', care: '4.5', liked: [] });
  });
});
