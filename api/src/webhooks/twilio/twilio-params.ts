import { normalisePhone, type CommunicationStatus } from '@hospital-crm/domain';

/** A form-encoded Twilio webhook body as the app's urlencoded parser leaves it. */
export type TwilioParams = Record<string, unknown>;

const SID = /^(SM|MM|IM)[0-9a-f]{32}$/i;

function param(params: TwilioParams, key: string): string | null {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

/** Twilio's MessageStatus → ours. Statuses not listed (accepted, scheduled, canceled, receiving…) change nothing. */
export const TWILIO_STATUS: Readonly<Record<string, CommunicationStatus>> = {
  queued: 'SENT',
  sending: 'SENT',
  sent: 'SENT',
  delivered: 'DELIVERED',
  read: 'READ',
  failed: 'FAILED',
  undelivered: 'FAILED',
};

export interface TwilioStatusCallback {
  messageSid: string;
  /** Twilio's MessageStatus, lower-case. */
  twilioStatus: string;
  /** Ours, or null when the callback changes nothing. */
  status: CommunicationStatus | null;
  /** For failed / undelivered: Twilio's error code and message. */
  failureReason: string | null;
}

export function readStatusCallback(params: TwilioParams): TwilioStatusCallback | null {
  const messageSid = param(params, 'MessageSid') ?? param(params, 'SmsSid');
  const twilioStatus = (param(params, 'MessageStatus') ?? param(params, 'SmsStatus'))?.trim().toLowerCase();
  if (!messageSid || !SID.test(messageSid) || !twilioStatus) return null;
  const status = TWILIO_STATUS[twilioStatus] ?? null;
  const code = param(params, 'ErrorCode')?.trim();
  const message = param(params, 'ErrorMessage')?.trim();
  const failureReason = status === 'FAILED' ? `Twilio: ${twilioStatus}${code ? ` (error ${code})` : ''}${message ? `: ${message}` : ''}` : null;
  return { messageSid, twilioStatus, status, failureReason };
}

export interface TwilioInboundMessage {
  messageSid: string;
  /** `whatsapp:+…` senders are WhatsApp; plain numbers are SMS. */
  channel: 'WHATSAPP' | 'SMS';
  /** The sender, E.164. */
  from: string;
  /** Our number it was sent to, E.164 (null when Twilio did not say). */
  to: string | null;
  body: string;
}

export function readInboundMessage(params: TwilioParams): TwilioInboundMessage | null {
  const messageSid = param(params, 'MessageSid') ?? param(params, 'SmsSid');
  const rawFrom = param(params, 'From')?.trim();
  if (!messageSid || !SID.test(messageSid) || !rawFrom) return null;
  const channel = /^whatsapp:/i.test(rawFrom) ? 'WHATSAPP' : 'SMS';
  const from = normalisePhone(rawFrom);
  if (!from.ok) return null;
  const rawTo = param(params, 'To');
  const to = rawTo ? normalisePhone(rawTo) : null;
  return { messageSid, channel, from: from.e164, to: to?.ok ? to.e164 : null, body: param(params, 'Body') ?? '' };
}

/** Replies that opt out of all messages on the channel (carrier keywords), whatever their case or surrounding spaces. */
export const STOP_KEYWORDS: ReadonlySet<string> = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);

export function isStopKeyword(body: string): boolean {
  return STOP_KEYWORDS.has(body.trim().toUpperCase());
}

/** `+91•••••••3210`: enough to recognise a number in a log line without writing it down. */
export function maskNumber(e164: string): string {
  return e164.length > 7 ? `${e164.slice(0, 3)}${'•'.repeat(e164.length - 7)}${e164.slice(-4)}` : '•••';
}
