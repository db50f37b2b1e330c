/**
 * SES events as they arrive in an SNS notification's Message: event publishing through a
 * configuration set (`eventType`) or identity notifications (`notificationType`).
 * Only what the CRM acts on is read; anything else is `ignored`.
 */

interface SesEventBase {
  /** SES's MessageId, stored as the communication's providerMessageId. */
  messageId: string | null;
  /** Our id, from the `communication_id` message tag (event publishing only). */
  communicationId: string | null;
  /** When it happened, by SES's clock; null when the event does not say. */
  at: Date | null;
}

export type SesEvent = SesEventBase &
  (
    | { kind: 'delivery' }
    | { kind: 'open' }
    | { kind: 'click'; link: string | null }
    | { kind: 'bounce'; permanent: boolean; bounceType: string; bounceSubType: string; recipients: Array<{ address: string; diagnostic: string | null }> }
    | { kind: 'complaint'; recipients: string[]; feedbackType: string | null }
    | { kind: 'reject'; reason: string }
    | { kind: 'renderingFailure'; reason: string }
    | { kind: 'ignored'; type: string }
  );

type Json = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const COMMUNICATION_ID_TAG = 'communication_id';

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const objectAt = (value: Json, key: string): Json => (isObject(value[key]) ? (value[key] as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function instant(value: unknown): Date | null {
  const raw = text(value);
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `Name <a@b.example>` or `a@b.example`, lower-cased; null when there is no address. */
export function emailAddressOf(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(raw);
  const address = (bracketed ? bracketed[1] : raw).trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}

function communicationIdOf(mail: Json): string | null {
  const tags = objectAt(mail, 'tags');
  const id = text(list(tags[COMMUNICATION_ID_TAG])[0]);
  return id && UUID.test(id) ? id.toLowerCase() : null;
}

/** The SES event in an SNS Message, or null when the text is not one. */
export function parseSesEvent(message: string): SesEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const type = text(parsed.eventType) ?? text(parsed.notificationType);
  const mail = objectAt(parsed, 'mail');
  if (!type || !isObject(parsed.mail)) return null;
  const base = { messageId: text(mail.messageId), communicationId: communicationIdOf(mail) };

  switch (type) {
    case 'Delivery': {
      const delivery = objectAt(parsed, 'delivery');
      return { ...base, kind: 'delivery', at: instant(delivery.timestamp) };
    }
    case 'Open': {
      const open = objectAt(parsed, 'open');
      return { ...base, kind: 'open', at: instant(open.timestamp) };
    }
    case 'Click': {
      const click = objectAt(parsed, 'click');
      return { ...base, kind: 'click', at: instant(click.timestamp), link: text(click.link) };
    }
    case 'Bounce': {
      const bounce = objectAt(parsed, 'bounce');
      const bounceType = text(bounce.bounceType) ?? 'Undetermined';
      const recipients = list(bounce.bouncedRecipients)
        .filter(isObject)
        .map((r) => ({ address: emailAddressOf(r.emailAddress), diagnostic: text(r.diagnosticCode) }))
        .filter((r): r is { address: string; diagnostic: string | null } => r.address !== null);
      return {
        ...base,
        kind: 'bounce',
        at: instant(bounce.timestamp),
        permanent: bounceType === 'Permanent',
        bounceType,
        bounceSubType: text(bounce.bounceSubType) ?? 'General',
        recipients,
      };
    }
    case 'Complaint': {
      const complaint = objectAt(parsed, 'complaint');
      const recipients = list(complaint.complainedRecipients)
        .filter(isObject)
        .map((r) => emailAddressOf(r.emailAddress))
        .filter((address): address is string => address !== null);
      return { ...base, kind: 'complaint', at: instant(complaint.timestamp), recipients, feedbackType: text(complaint.complaintFeedbackType) };
    }
    case 'Reject': {
      const reject = objectAt(parsed, 'reject');
      return { ...base, kind: 'reject', at: null, reason: `Rejected by SES: ${text(reject.reason) ?? 'no reason given'}` };
    }
    case 'Rendering Failure': {
      const failure = objectAt(parsed, 'failure');
      return { ...base, kind: 'renderingFailure', at: null, reason: `SES could not render the template: ${text(failure.errorMessage) ?? 'no reason given'}` };
    }
    default:
      // Send, DeliveryDelay, Subscription: nothing to record.
      return { ...base, kind: 'ignored', at: null, type };
  }
}
