// Message templates are logic-less Mustache: plain text (or HTML for email) with `{{variable}}`
// placeholders and nothing else. Sections, partials, unescaped output and delimiter changes are
// refused, so what staff write is what a patient reads, with every blank filled in.
import Mustache from 'mustache';
import type { CommunicationChannel } from '../enums';

/** The channels a template can be written for; calls, visits and video calls are logged by hand. */
export const TEMPLATE_CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP'] as const satisfies readonly CommunicationChannel[];
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export function isTemplateChannel(channel: string): channel is TemplateChannel {
  return (TEMPLATE_CHANNELS as readonly string[]).includes(channel);
}

/** A variable is an identifier: a letter, then letters, digits or underscores (`firstName`, `appointment_date`). */
export const TEMPLATE_VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

// Names every JavaScript object already has (`constructor`, `toString`, `hasOwnProperty`, ...):
// Mustache's lookup would find them, or trip over them, instead of the value given.
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export const TEMPLATE_LIMITS = {
  nameMax: 100,
  subjectMax: 200,
  /** Email and WhatsApp bodies. */
  contentMax: 10_000,
  /** Ten concatenated GSM-7 segments; providers refuse longer SMS bodies. */
  smsContentMax: 1_600,
  variablesMax: 50,
  variableNameMax: 50,
} as const;

/** A name a template may use for a variable: an identifier of at most 50 characters, not an Object member. */
export function isTemplateVariableName(name: string): boolean {
  return TEMPLATE_VARIABLE_NAME.test(name) && name.length <= TEMPLATE_LIMITS.variableNameMax && !RESERVED_NAMES.has(name);
}

/** Why a name cannot be a variable, for people. */
function nameHint(name: string): string {
  return RESERVED_NAMES.has(name) ? `"${name}" is a reserved name: choose another` : 'use letters, digits and _ starting with a letter, like firstName';
}

export function contentMaxFor(channel: TemplateChannel): number {
  return channel === 'SMS' ? TEMPLATE_LIMITS.smsContentMax : TEMPLATE_LIMITS.contentMax;
}

export type TemplateField = 'content' | 'subject' | 'variables';
export type TemplateProblemCode = 'SYNTAX' | 'UNSUPPORTED_TAG' | 'INVALID_NAME' | 'UNDECLARED_VARIABLE' | 'UNUSED_VARIABLE' | 'MISSING_VALUE';

/** Where a problem is: `index` counts UTF-16 units from 0; `line` and `column` count from 1. */
export interface TemplatePosition {
  index: number;
  line: number;
  column: number;
}

export interface TemplateProblem {
  /** Errors stop a save or a render; warnings (a declared variable the text never uses) do not. */
  severity: 'error' | 'warning';
  code: TemplateProblemCode;
  field: TemplateField;
  message: string;
  variable?: string;
  /** The tag as written, e.g. `{{#isVip}}`. */
  tag?: string;
  position?: TemplatePosition;
}

/** A template that cannot be used as written; `problems` says what and where. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly problems: TemplateProblem[],
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

// A writer of our own without the template cache: templates are user content, and a
// long-running API must not keep every text it has ever parsed.
const writer = new Mustache.Writer();
(writer as unknown as { templateCache: unknown }).templateCache = undefined;
/** Mustache's own HTML escaping (& < > " ' / ` =), captured before anyone could replace Mustache.escape. */
export const escapeHtml: (value: string) => string = Mustache.escape;

type Token = [string, string, number, number, ...unknown[]];

export function positionOf(text: string, index: number): TemplatePosition {
  const before = text.slice(0, Math.max(0, Math.min(index, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { index, line: before.split('\n').length, column: before.length - lastBreak };
}

const where = (field: TemplateField, position: TemplatePosition) => `${field} line ${position.line}, column ${position.column}`;

const UNSUPPORTED: Record<string, string> = {
  '#': 'sections are not supported: templates are logic-less, use only {{variable}} placeholders',
  '^': 'inverted sections are not supported: templates are logic-less, use only {{variable}} placeholders',
  '>': 'partials are not supported: write the text into the template',
  '&': 'unescaped output is not allowed: use {{variable}}',
  '=': 'changing the {{ }} delimiters is not supported',
};

export interface ScannedPlaceholder {
  name: string;
  field: 'content' | 'subject';
  position: TemplatePosition;
}

/** Parses one text with Mustache and sorts its tags into usable placeholders and problems. */
export function scanTemplateText(text: string, field: 'content' | 'subject'): { placeholders: ScannedPlaceholder[]; problems: TemplateProblem[] } {
  let tokens: Token[];
  try {
    tokens = writer.parse(text) as Token[];
  } catch (error) {
    const raw = (error as Error).message;
    const match = /^(.*) at (\d+)$/s.exec(raw);
    let index = match ? Number(match[2]) : undefined;
    let what = match ? match[1] : raw;
    // Mustache reports an unclosed tag where it gave up (the end of the text); point at its opening instead.
    if (index !== undefined && what === 'Unclosed tag') {
      const opening = text.lastIndexOf('{{', Math.max(0, index - 1));
      if (opening >= 0) {
        index = opening;
        what = `Unclosed tag: "${text.slice(opening, opening + 20).split('\n')[0]}" has no closing }}`;
      }
    }
    const position = index === undefined ? undefined : positionOf(text, index);
    return {
      placeholders: [],
      problems: [
        {
          severity: 'error',
          code: 'SYNTAX',
          field,
          message: position ? `${what} (${where(field, position)})` : `${what} (${field})`,
          ...(position && { position }),
        },
      ],
    };
  }

  const placeholders: ScannedPlaceholder[] = [];
  const problems: TemplateProblem[] = [];
  const walk = (list: Token[]) => {
    for (const token of list) {
      const [type, value, start, end] = token;
      if (type === 'text' || type === '!') continue; // comments render as nothing
      const position = positionOf(text, start);
      const tag = text.slice(start, end);
      if (type === 'name') {
        if (isTemplateVariableName(value)) {
          placeholders.push({ name: value, field, position });
        } else {
          problems.push({
            severity: 'error',
            code: 'INVALID_NAME',
            field,
            tag,
            position,
            message: `${tag} at ${where(field, position)} is not a variable name: ${nameHint(value)}`,
          });
        }
        continue;
      }
      problems.push({
        severity: 'error',
        code: 'UNSUPPORTED_TAG',
        field,
        tag,
        position,
        ...(TEMPLATE_VARIABLE_NAME.test(value) && { variable: value }),
        message: `${tag} at ${where(field, position)}: ${UNSUPPORTED[type] ?? 'this tag is not supported'}`,
      });
      // A section's inside is still read, so its placeholders are reported like any other.
      if ((type === '#' || type === '^') && Array.isArray(token[4])) walk(token[4] as Token[]);
    }
  };
  walk(tokens);
  return { placeholders, problems };
}

const unique = (names: readonly string[]) => [...new Set(names)];

/** Both texts of a template, subject first. */
export function scanTemplate(content: string, subject?: string | null): { placeholders: ScannedPlaceholder[]; problems: TemplateProblem[] } {
  const parts = [...(subject ? [scanTemplateText(subject, 'subject')] : []), scanTemplateText(content, 'content')];
  return { placeholders: parts.flatMap((p) => p.placeholders), problems: parts.flatMap((p) => p.problems) };
}

/** Throws TemplateError naming each error among the problems (warnings pass). */
export function assertTemplateUsable(problems: readonly TemplateProblem[]): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new TemplateError(`The template cannot be used: ${errors.map((p) => p.message).join('; ')}`, errors);
}

/**
 * The variable names a template uses, subject first, each once, in order of first use.
 * Throws TemplateError for a template that does not parse or uses a tag other than `{{name}}`.
 */
export function templateVariables(content: string, subject?: string | null): string[] {
  const { placeholders, problems } = scanTemplate(content, subject);
  assertTemplateUsable(problems);
  return unique(placeholders.map((p) => p.name));
}

export interface TemplateCheckInput {
  content: string;
  subject?: string | null;
  /** The variables the template declares it needs. */
  declared: readonly string[];
}

/**
 * Everything wrong with a template as it would be saved: syntax errors and unsupported tags
 * with their positions, invalid declared names, and variables used without being declared
 * (errors); declared variables the text never uses (warnings). An empty list means fine.
 */
export function checkTemplate({ content, subject, declared }: TemplateCheckInput): TemplateProblem[] {
  const { placeholders, problems } = scanTemplate(content, subject);
  const result = [...problems];
  const declaredSet = new Set<string>();
  for (const name of declared) {
    if (!isTemplateVariableName(name)) {
      result.push({
        severity: 'error',
        code: 'INVALID_NAME',
        field: 'variables',
        variable: name,
        message: `"${name}" is not a variable name: ${nameHint(name)}`,
      });
    } else {
      declaredSet.add(name);
    }
  }
  const reported = new Set<string>();
  for (const { name, field, position } of placeholders) {
    if (declaredSet.has(name) || reported.has(name)) continue;
    reported.add(name);
    result.push({
      severity: 'error',
      code: 'UNDECLARED_VARIABLE',
      field,
      variable: name,
      position,
      message: `{{${name}}} at ${where(field, position)} is not a declared variable: add "${name}" to the variables or remove it from the text`,
    });
  }
  // Only meaningful when the text could be read at all.
  if (!problems.some((p) => p.code === 'SYNTAX')) {
    const used = new Set(placeholders.map((p) => p.name));
    for (const name of declaredSet) {
      if (!used.has(name)) {
        result.push({
          severity: 'warning',
          code: 'UNUSED_VARIABLE',
          field: 'variables',
          variable: name,
          message: `"${name}" is declared but the template does not use it`,
        });
      }
    }
  }
  return result;
}

/**
 * Parses a text once with our cache-free writer; the function renders it with a view and an
 * escaping (a campaign renders one template for every recipient).
 */
export function compileWithMustache(text: string): (view: Record<string, string>, escape: (value: string) => string) => string {
  const tokens = writer.parse(text);
  return (view, escape) => writer.renderTokens(tokens, new Mustache.Context(view), undefined, text, { escape });
}
