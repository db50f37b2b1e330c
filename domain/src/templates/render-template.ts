// Fills a template's placeholders. A variable without a value is an error, never a blank:
// "Dear ," must not reach a patient. Email bodies are HTML, so values are HTML-escaped there;
// SMS and WhatsApp are plain text and an email subject is a header, so they are not.
import { smsSegments, type SmsSegments } from './sms-segments';
import {
  TemplateError,
  assertTemplateUsable,
  escapeHtml,
  isTemplateChannel,
  compileWithMustache,
  scanTemplate,
  type TemplateChannel,
  type TemplateProblem,
} from './template-syntax';

export interface TemplateSource {
  channel: TemplateChannel;
  content: string;
  /** Email only; ignored for SMS and WhatsApp. */
  subject?: string | null;
}

/** Values by variable name. null, undefined and blank values count as missing. */
export type TemplateValues = Readonly<Record<string, string | null | undefined>>;

export interface RenderedTemplate {
  channel: TemplateChannel;
  /** The rendered subject for email; null for other channels. */
  subject: string | null;
  body: string;
  /** The variables the template uses, subject first, in order of first use. */
  variables: string[];
  /** Length and billed parts of the rendered text, for SMS only. */
  sms?: SmsSegments;
}

/** Values are missing for some variables; `missing` names them. */
export class MissingTemplateValuesError extends TemplateError {
  constructor(readonly missing: string[]) {
    super(
      `No value for ${missing.length === 1 ? 'the variable' : 'the variables'} ${missing.join(', ')}: a message is never sent with a blank in it`,
      missing.map((variable): TemplateProblem => ({
        severity: 'error',
        code: 'MISSING_VALUE',
        field: 'variables',
        variable,
        message: `no value for ${variable}`,
      })),
    );
    this.name = 'MissingTemplateValuesError';
  }
}

const hasValue = (values: TemplateValues, name: string): boolean => {
  if (!Object.prototype.hasOwnProperty.call(values, name)) return false;
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '';
};

/** The used variables that have no (non-blank) value, in the order given. */
export function missingValues(used: readonly string[], values: TemplateValues): string[] {
  return [...new Set(used)].filter((name) => !hasValue(values, name));
}

const plain = (value: string) => value;
// A subject is one header line: line breaks in a value become spaces.
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

/** A template checked and parsed once, to render with each recipient's values. */
export type TemplateRenderer = (values: TemplateValues) => RenderedTemplate;

/**
 * Checks and parses a template once. Throws TemplateError for a template that does not parse or
 * uses more than `{{variable}}` tags; the renderer throws MissingTemplateValuesError naming every
 * variable without a value.
 */
export function compileTemplate(template: TemplateSource): TemplateRenderer {
  if (!isTemplateChannel(template.channel)) {
    throw new TemplateError(`${String(template.channel)} has no templates: only EMAIL, SMS and WHATSAPP do`, []);
  }
  const channel = template.channel;
  const subject = channel === 'EMAIL' ? (template.subject ?? null) : null;
  const { placeholders, problems } = scanTemplate(template.content, subject);
  assertTemplateUsable(problems);
  const variables = [...new Set(placeholders.map((p) => p.name))];
  const renderBody = compileWithMustache(template.content);
  const renderSubject = subject === null ? null : compileWithMustache(subject);

  return (values) => {
    const missing = missingValues(variables, values);
    if (missing.length) throw new MissingTemplateValuesError(missing);
    // Only the template's own variables, on an object without a prototype: `{{constructor}}`
    // finds nothing rather than Object's members.
    const view: Record<string, string> = Object.create(null);
    for (const name of variables) view[name] = values[name] as string;

    const body = renderBody(view, channel === 'EMAIL' ? escapeHtml : plain);
    return {
      channel,
      subject: renderSubject && renderSubject(view, oneLine),
      body,
      variables,
      ...(channel === 'SMS' && { sms: smsSegments(body) }),
    };
  };
}

/** Renders a template with the given values; throws as compileTemplate and its renderer do. */
export function renderTemplate(template: TemplateSource, values: TemplateValues): RenderedTemplate {
  return compileTemplate(template)(values);
}
