// A template's preview before it is saved, rendered in the browser with the domain's own renderer
// (the API renders saved ones the same way), and the values it is shown with.
import {
  checkTemplate,
  isTemplateChannel,
  renderTemplate,
  SAMPLE_TEMPLATE_VALUES,
  smsSegments,
  TemplateError,
  MissingTemplateValuesError,
  type SmsSegments,
  type TemplateChannel,
  type TemplateProblem,
} from '@hospital-crm/domain';

/** What the editor holds: possibly half-written. */
export type TemplateDraft = {
  channel?: string | null;
  subject?: string | null;
  content?: string | null;
  variables?: readonly string[] | null;
};

export type RenderedPreview = { subject: string | null; body: string; sms?: SmsSegments };

export type LocalPreview =
  ({ state: 'rendered' } & RenderedPreview) | { state: 'missing'; missing: string[] } | { state: 'invalid'; problems: TemplateProblem[] } | { state: 'empty' };

const channelOf = (draft: TemplateDraft): TemplateChannel => (draft.channel && isTemplateChannel(draft.channel) ? draft.channel : 'SMS');

/**
 * The variables the text uses, subject first, each once; none while the text does not parse.
 * (Checked against no declarations, every placeholder is reported once as undeclared, in order:
 * the domain's public way to list them that still works when another tag is refused.)
 */
export const usedVariables = (draft: TemplateDraft): string[] => {
  const subject = channelOf(draft) === 'EMAIL' ? draft.subject : null;
  return checkTemplate({ content: draft.content ?? '', subject, declared: [] }).flatMap((problem) =>
    problem.code === 'UNDECLARED_VARIABLE' && problem.variable ? [problem.variable] : [],
  );
};

/** Everything the server would refuse at save (errors) or point out (warnings), as the domain sees it. */
export const draftProblems = (draft: TemplateDraft): TemplateProblem[] => {
  if (!draft.content?.trim()) return [];
  const subject = channelOf(draft) === 'EMAIL' ? draft.subject : null;
  return checkTemplate({ content: draft.content, subject, declared: draft.variables ?? [] });
};

/** The sample value of each used variable: what the person typed, else the domain's made-up one. */
export const previewValues = (used: readonly string[], typed: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    used.flatMap((name) => {
      const value = typed[name]?.trim() ? typed[name] : SAMPLE_TEMPLATE_VALUES[name];
      return value ? [[name, value]] : [];
    }),
  );

/** Values the server fills in from the hospital for a saved template's preview. */
export const SERVER_FILLED: readonly string[] = ['hospitalName'];

/**
 * The values a server preview is asked with: what was typed, and samples for the rest except the
 * hospital's own details, which the server fills in (so the preview shows the real hospital name).
 */
export const serverPreviewValues = (used: readonly string[], typed: Readonly<Record<string, string>>): Record<string, string> => {
  const values = previewValues(used, typed);
  for (const name of SERVER_FILLED) if (!typed[name]?.trim()) delete values[name];
  return values;
};

/** Renders the draft with the values; says what is missing or wrong instead of throwing. */
export const renderLocally = (draft: TemplateDraft, values: Readonly<Record<string, string>>): LocalPreview => {
  if (!draft.content?.trim()) return { state: 'empty' };
  const channel = channelOf(draft);
  try {
    const rendered = renderTemplate({ channel, content: draft.content, subject: draft.subject ?? null }, values);
    return { state: 'rendered', subject: rendered.subject, body: rendered.body, ...(rendered.sms && { sms: rendered.sms }) };
  } catch (error) {
    if (error instanceof MissingTemplateValuesError) return { state: 'missing', missing: error.missing };
    if (error instanceof TemplateError) return { state: 'invalid', problems: error.problems };
    throw error;
  }
};

/** Segments of an SMS as written, before values are filled in (placeholders count as their text). */
export const rawSegments = (draft: TemplateDraft): SmsSegments | null => (channelOf(draft) === 'SMS' ? smsSegments(draft.content ?? '') : null);

/**
 * Where the preview comes from: the server renders a saved template exactly as a send would; a
 * new template, or one with unsaved changes, is rendered here.
 */
export const previewSource = (draft: TemplateDraft, saved?: (TemplateDraft & { id?: string }) | null): 'server' | 'local' => {
  if (!saved?.id) return 'local';
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  const sameVariables = JSON.stringify(draft.variables ?? []) === JSON.stringify(saved.variables ?? []);
  const sameSubject = channelOf(draft) !== 'EMAIL' || same(draft.subject, saved.subject);
  return same(draft.channel, saved.channel) && same(draft.content, saved.content) && sameSubject && sameVariables ? 'server' : 'local';
};
