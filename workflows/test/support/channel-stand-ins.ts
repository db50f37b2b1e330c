// The provider stand-ins `npm test` starts (scripts/lib/stand-ins.mjs): moto for SES and SNS, the Twilio fake.
// Their addresses come from the environment scripts/test.mjs passes to jest; without it the tests fail loudly.
import { randomInt, randomUUID } from 'node:crypto';
import { readChannelConfig, type ChannelConfig } from '../../src/channels/channel-config';

const REQUIRED = [
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'TWILIO_API_BASE_URL',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_WHATSAPP_FROM',
];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function loopbackUrl(name: string): string {
  const url = process.env[name] ?? '';
  if (!LOOPBACK.has(new URL(url).hostname)) throw new Error(`${name}=${url} is not a loopback address: these tests only ever talk to the local stand-ins.`);
  return url.replace(/\/+$/, '');
}

/** The stand-ins' URLs and a channel configuration pointed at them. Throws when `npm test` did not start them. */
export function standIns(): { motoUrl: string; twilioUrl: string; config: ChannelConfig } {
  const missing = REQUIRED.filter((name) => !process.env[name]);
  if (missing.length) {
    throw new Error(
      `The provider stand-ins are not configured (missing ${missing.join(', ')}). Run these tests through \`npm test\` ` +
        '(scripts/test.mjs starts moto and the Twilio fake and passes their addresses to jest).',
    );
  }
  const motoUrl = loopbackUrl('AWS_ENDPOINT_URL');
  const twilioUrl = loopbackUrl('TWILIO_API_BASE_URL');
  return { motoUrl, twilioUrl, config: readChannelConfig(process.env) };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A raw email moto accepted through SES SendRawEmail (moto's `ses.RawMessage` model). */
export interface MotoRawEmail {
  id: string;
  source: string;
  destinations: string[];
  raw_data: string;
}

/** An SMS moto accepted through SNS Publish to a phone number (moto's `sns.SMS` model). */
export interface MotoSms {
  message_id: string;
  phone_number: string;
  message: string;
}

interface MotoModelData {
  ses?: { RawMessage?: MotoRawEmail[] };
  sns?: { SMS?: MotoSms[] };
}

/** Everything moto keeps, from its inspection endpoint (GET /moto-api/data.json: every tracked model instance). */
const motoData = (motoUrl: string) => fetch(`${motoUrl}/moto-api/data.json`).then((r) => json<MotoModelData>(r));

export async function sentEmailsTo(motoUrl: string, address: string): Promise<MotoRawEmail[]> {
  const data = await motoData(motoUrl);
  return (data.ses?.RawMessage ?? []).filter((message) => message.destinations.some((to) => to.toLowerCase().includes(address.toLowerCase())));
}

export async function sentSmsTo(motoUrl: string, phone: string): Promise<MotoSms[]> {
  const data = await motoData(motoUrl);
  return (data.sns?.SMS ?? []).filter((sms) => sms.phone_number === phone);
}

/** A message the Twilio fake accepted: the Message it answered and the form fields it received. */
export interface FakeTwilioMessage {
  message: { sid: string; status: string; to: string; from: string; body: string };
  params: Record<string, string>;
}

export async function fakeTwilioMessages(twilioUrl: string, to: string): Promise<FakeTwilioMessage[]> {
  const body = await fetch(`${twilioUrl}/__fake/messages?to=${encodeURIComponent(to)}`).then((r) => json<{ messages: FakeTwilioMessage[] }>(r));
  return body.messages;
}

export interface FakeTwilioRule {
  status?: number;
  code?: number;
  message?: string;
  body?: string;
  times?: number;
  delayMs?: number;
}

/** Makes the fake misbehave for the next creates to `to` only. */
export async function fakeTwilioRule(twilioUrl: string, to: string, rule: FakeTwilioRule): Promise<void> {
  const response = await fetch(`${twilioUrl}/__fake/rules`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to, ...rule }),
  });
  await json<unknown>(response);
}

/** A mobile number no other test uses (+91 98…, valid for libphonenumber and E.164). */
export const uniquePhone = () => `+9198${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
export const uniqueEmail = () => `patient-${randomUUID()}@patients.example`;

// Shorthands for tests that go through the whole stack (workflows, API) rather than one channel.
export const twilioMessagesTo = (to: string) => fakeTwilioMessages(standIns().twilioUrl, to);
export const twilioRule = ({ to, ...rule }: FakeTwilioRule & { to: string }) => fakeTwilioRule(standIns().twilioUrl, to, rule);
export const emailsTo = (address: string) => sentEmailsTo(standIns().motoUrl, address);

/** How many messages the Twilio fake holds for each number, in one call. */
export async function twilioCounts(numbers: string[]): Promise<Record<string, number>> {
  const response = await fetch(`${standIns().twilioUrl}/__fake/counts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ numbers }),
  });
  return (await json<{ counts: Record<string, number> }>(response)).counts;
}
