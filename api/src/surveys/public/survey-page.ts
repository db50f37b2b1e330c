import type { SurveyQuestion } from '@hospital-crm/domain';
import { fieldName } from './form-answers';

// The patient's survey page: plain HTML for a phone browser, no script (it works with JavaScript
// off and under the API's Content-Security-Policy), one form that posts back to the same URL.

export interface SurveyFormView {
  hospitalName: string;
  surveyName: string;
  description: string | null;
  isAnonymous: boolean;
  questions: readonly SurveyQuestion[];
  /** The form as last submitted, to refill it after a refusal. */
  values?: Record<string, unknown>;
  /** Problems by question id. */
  errors?: ReadonlyMap<string, string>;
  /** A problem that is not about one question (e.g. the service is down). */
  banner?: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f29;background:#f6f4fb}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}.hospital{color:#5b21b6;font-weight:600;margin:0}
fieldset{border:1px solid #d4cfe3;border-radius:.75rem;background:#fff;margin:1rem 0;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}.req{color:#b42318}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}.scale label{min-width:2.75rem;text-align:center;border:1px solid #8b7fb0;border-radius:.5rem;padding:.5rem 0}
.choice label{display:block;padding:.45rem 0}
input[type=radio],input[type=checkbox]{width:1.3rem;height:1.3rem;vertical-align:middle;margin-right:.4rem}
.scale input{display:block;margin:0 auto .2rem}
textarea{width:100%;box-sizing:border-box;min-height:6rem;font:inherit;border:1px solid #8b7fb0;border-radius:.5rem;padding:.5rem}
.hint{color:#4b4660;font-size:.9rem;margin:.25rem 0}
.error{color:#b42318;font-weight:600}.alert{border:2px solid #b42318;border-radius:.75rem;background:#fff;padding:.75rem 1rem}
button{font:inherit;font-weight:600;color:#fff;background:#6d28d9;border:0;border-radius:.75rem;padding:.8rem 1.5rem;width:100%}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}`;

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>${content}</main></body></html>`;
}

const checkedIf = (on: boolean) => (on ? ' checked' : '');

function submitted(view: SurveyFormView, question: SurveyQuestion): string[] {
  const raw = view.values?.[fieldName(question)];
  return raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
}

function options(question: SurveyQuestion): Array<{ value: string; label: string }> {
  if (question.type === 'NPS') return Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));
  if (question.type === 'RATING') return Array.from({ length: question.scale! }, (_, n) => ({ value: String(n + 1), label: String(n + 1) }));
  return (question.options ?? []).map((o) => ({ value: o, label: o }));
}

const HINTS: Partial<Record<SurveyQuestion['type'], (q: SurveyQuestion) => string>> = {
  NPS: () => '0 = not at all likely, 10 = extremely likely',
  RATING: (q) => `1 = very poor, ${q.scale} = excellent`,
  MULTIPLE_CHOICE: () => 'Choose all that apply',
};

function questionBlock(view: SurveyFormView, question: SurveyQuestion, index: number): string {
  const id = `q${index}`;
  const name = escape(fieldName(question));
  const error = view.errors?.get(question.id);
  const hint = HINTS[question.type]?.(question);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const aria = `${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}`;
  const required = question.required ? ' <span class="req" aria-hidden="true">*</span><span class="hint"> (required)</span>' : '';
  const notes = `${hint ? `<p class="hint" id="${id}-hint">${escape(hint)}</p>` : ''}${error ? `<p class="error" id="${id}-error">${escape(error)}</p>` : ''}`;
  const values = submitted(view, question);
  if (question.type === 'TEXT') {
    return `<fieldset><legend><label for="${id}">${escape(question.text)}</label>${required}</legend>${notes}
<textarea id="${id}" name="${name}" maxlength="2000"${question.required ? ' required' : ''}${aria}>${escape(values[0] ?? '')}</textarea></fieldset>`;
  }
  const type = question.type === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio';
  // A required radio group is enforced by the browser too; a checkbox group only by the server.
  const requiredAttr = question.required && type === 'radio' ? ' required' : '';
  const inputs = options(question)
    .map((o, i) => {
      const input = `<input type="${type}" id="${id}-${i}" name="${name}" value="${escape(o.value)}"${checkedIf(values.includes(o.value))}${requiredAttr}>`;
      return `<label for="${id}-${i}">${input}${escape(o.label)}</label>`;
    })
    .join('');
  const layout = question.type === 'NPS' || question.type === 'RATING' ? 'scale' : 'choice';
  return `<fieldset${aria}><legend>${escape(question.text)}${required}</legend>${notes}<div class="${layout}">${inputs}</div></fieldset>`;
}

export function renderSurveyForm(view: SurveyFormView): string {
  const problems =
    view.banner ?? (view.errors?.size ? `Please check ${view.errors.size === 1 ? 'the answer' : `${view.errors.size} answers`} marked below.` : null);
  const content = [
    `<p class="hospital">${escape(view.hospitalName)}</p>`,
    `<h1>${escape(view.surveyName)}</h1>`,
    view.description ? `<p>${escape(view.description)}</p>` : '',
    view.isAnonymous ? '<p class="hint">Your answers are anonymous: they are not linked to your name or visit.</p>' : '',
    problems ? `<div class="alert" role="alert"><p class="error">${escape(problems)}</p></div>` : '',
    '<form method="post">',
    view.questions.map((q, i) => questionBlock(view, q, i)).join('\n'),
    '<button type="submit">Send my answers</button></form>',
  ].join('\n');
  return page(view.surveyName, content);
}

/** A page with one message: thanks, already answered, expired, not found. */
export function renderNotice(title: string, message: string): string {
  return page(title, `<h1>${escape(title)}</h1><p role="status">${escape(message)}</p>`);
}
