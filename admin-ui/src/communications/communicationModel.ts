// What the "Send message" and "Log a call or visit" dialogs send. The API refuses unknown fields
// and mixed content (a template and a body), so the dialogs' state is turned into a request here,
// once, and tested.
import { STANDARD_TEMPLATE_VARIABLES, type CommunicationChannel, type CommunicationDirection, type SendableChannel } from '@hospital-crm/domain';
import { toInstant } from '../common/display';
import type { LogCommunicationPayload, MessageTemplate, SendMessagePayload } from '../providers/apiTypes';

export type SendMode = 'write' | 'template';
export type SendTiming = 'now' | 'later';

export type SendMessageForm = {
  channel: SendableChannel;
  mode: SendMode;
  templateId: string;
  /** Values for the template's own variables (the lead's and the hospital's are filled in by the server). */
  variables: Record<string, string>;
  subject: string;
  body: string;
  timing: SendTiming;
  /** A datetime-local value, read in the browser's zone. */
  sendAt: string;
  isMarketing: boolean;
};

export const emptySendForm = (channel: SendableChannel = 'WHATSAPP'): SendMessageForm => ({
  channel,
  mode: 'write',
  templateId: '',
  variables: {},
  subject: '',
  body: '',
  timing: 'now',
  sendAt: '',
  isMarketing: false,
});

const STANDARD = new Set<string>(STANDARD_TEMPLATE_VARIABLES);

/** The template variables the sender types in: everything but the lead's and the hospital's own details. */
export const variablesToFill = (template: Pick<MessageTemplate, 'variables'> | null | undefined): string[] =>
  (template?.variables ?? []).filter((name) => !STANDARD.has(name));

const trimmedValues = (values: Record<string, string>, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, (values[name] ?? '').trim()]).filter(([, value]) => value !== ''));

/** The request body of POST /crm/communications/send (and /schedule, with sendAt). */
export const buildSendPayload = (form: SendMessageForm, leadId: string, template?: MessageTemplate | null): SendMessagePayload => {
  const payload: SendMessagePayload = { channel: form.channel, leadId, isMarketing: form.isMarketing };
  if (form.mode === 'template') {
    payload.templateId = form.templateId;
    const variables = trimmedValues(form.variables, variablesToFill(template));
    if (Object.keys(variables).length) payload.variables = variables;
  } else {
    payload.body = form.body.trim();
    if (form.channel === 'EMAIL') payload.subject = form.subject.trim();
  }
  if (form.timing === 'later') {
    const sendAt = toInstant(form.sendAt);
    if (sendAt) payload.sendAt = sendAt;
  }
  return payload;
};

/** What is still missing before the dialog can send, as i18n keys (the server checks the rest). */
export const sendFormProblems = (form: SendMessageForm, template?: MessageTemplate | null, now = new Date()): string[] => {
  const problems: string[] = [];
  if (form.mode === 'template') {
    if (!form.templateId) problems.push('resources.communications.send.problems.template');
    else if (variablesToFill(template).some((name) => !(form.variables[name] ?? '').trim())) problems.push('resources.communications.send.problems.variables');
  } else {
    if (form.channel === 'EMAIL' && !form.subject.trim()) problems.push('resources.communications.send.problems.subject');
    if (!form.body.trim()) problems.push('resources.communications.send.problems.body');
  }
  if (form.timing === 'later') {
    const sendAt = toInstant(form.sendAt);
    if (!sendAt) problems.push('resources.communications.send.problems.send_at');
    else if (new Date(sendAt) <= now) problems.push('resources.communications.send.problems.send_at_past');
  }
  return problems;
};

/** Channels that are conversations rather than messages: no "responded" question, a duration instead. */
export const SPOKEN_CHANNELS: readonly CommunicationChannel[] = ['PHONE_CALL', 'IN_PERSON', 'VIDEO_CALL'];

export type LogCommunicationForm = {
  channel: CommunicationChannel;
  direction: CommunicationDirection;
  outcome: string;
  /** Minutes, as typed. */
  durationMinutes: string;
  notes: string;
  /** A datetime-local value; blank means now. */
  occurredAt: string;
  responded: boolean;
};

export const emptyLogForm = (): LogCommunicationForm => ({
  channel: 'PHONE_CALL',
  direction: 'OUTBOUND',
  outcome: '',
  durationMinutes: '',
  notes: '',
  occurredAt: '',
  responded: false,
});

/** The request body of POST /crm/communications: blanks left out, minutes turned into seconds. */
export const buildLogPayload = (form: LogCommunicationForm, leadId: string): LogCommunicationPayload => {
  const payload: LogCommunicationPayload = { channel: form.channel, direction: form.direction, leadId };
  if (form.outcome.trim()) payload.outcome = form.outcome.trim();
  if (form.notes.trim()) payload.notes = form.notes.trim();
  const spoken = SPOKEN_CHANNELS.includes(form.channel);
  const minutes = Number(form.durationMinutes.replace(',', '.'));
  if (spoken && form.durationMinutes.trim() && Number.isFinite(minutes) && minutes >= 0) payload.durationSeconds = Math.round(minutes * 60);
  const occurredAt = toInstant(form.occurredAt);
  if (occurredAt) payload.occurredAt = occurredAt;
  if (!spoken && form.direction === 'OUTBOUND') payload.responded = form.responded;
  return payload;
};
