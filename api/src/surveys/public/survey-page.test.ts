import type { SurveyQuestion } from '@hospital-crm/domain';
import { renderNotice, renderSurveyForm } from './survey-page';

const questions: SurveyQuestion[] = [
  { id: 'nps', type: 'NPS', text: 'Would you recommend us?', required: true, order: 0 },
  { id: 'care', type: 'RATING', text: 'Rate the <care>', required: false, order: 1, scale: 4 },
  { id: 'liked', type: 'MULTIPLE_CHOICE', text: 'What went well?', required: false, order: 2, options: ['Staff', 'Food & drink'] },
  { id: 'comments', type: 'TEXT', text: 'Anything else?', required: false, order: 3 },
];
const view = { hospitalName: 'St. "Mary" <Hospital>', surveyName: 'After your visit', description: null, isAnonymous: true, questions };

describe('survey page', () => {
  it('renders every question as a labelled, accessible form control, escaping what it shows', () => {
    const html = renderSurveyForm(view);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('St. &#34;Mary&#34; &#60;Hospital&#62;');
    expect(html).toContain('Rate the &#60;care&#62;');
    expect(html).not.toContain('<script');
    expect(html.match(/name="q_nps"/g)).toHaveLength(11);
    expect(html.match(/name="q_care"/g)).toHaveLength(4);
    expect(html).toContain('<input type="radio" id="q0-0" name="q_nps" value="0" required>');
    expect(html).toContain('<input type="checkbox" id="q2-1" name="q_liked" value="Food &#38; drink">');
    expect(html).toContain('<textarea id="q3" name="q_comments" maxlength="2000"');
    expect(html).toContain('Your answers are anonymous');
    expect(html).toContain('<form method="post">');
  });

  it('refills the answers and marks the refused question after a 422', () => {
    const html = renderSurveyForm({
      ...view,
      values: { q_nps: '9', q_liked: ['Staff'], q_comments: 'The <b>nurse</b>' },
      errors: new Map([['care', 'Question "care" (Rate the care): must be a whole number from 1 to 4']]),
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="9" checked');
    expect(html).toContain('value="Staff" checked');
    expect(html).toContain('The &#60;b&#62;nurse&#60;/b&#62;</textarea>');
    expect(html).toContain('<fieldset aria-describedby="q1-hint q1-error" aria-invalid="true">');
    expect(html).toContain('<p class="error" id="q1-error">Question &#34;care&#34; (Rate the care): must be a whole number from 1 to 4</p>');
  });

  it('renders a notice page', () => {
    expect(renderNotice('Thank you', 'We got <it>')).toContain('<h1>Thank you</h1><p role="status">We got &#60;it&#62;</p>');
  });
});
