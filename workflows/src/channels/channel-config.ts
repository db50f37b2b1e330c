// Provider configuration for the channels, read from an environment object (process.env by default).
// AWS credentials are not read here: the SDK's default chain finds them (for moto: AWS_ACCESS_KEY_ID=test).

export const DEFAULT_EMAIL_FROM = 'Hospital CRM <no-reply@hospital-crm.local>';
export const DEFAULT_PUBLIC_API_URL = 'http://127.0.0.1:3001';
/** How long one provider call may take before it counts as hung (a transient failure, retried by Temporal). */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 8_000;

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** The WhatsApp sender, E.164. */
  whatsappFrom: string;
  /** A stand-in for https://api.twilio.com (the local fake); unset for the real Twilio. */
  apiBaseUrl?: string;
}

export interface ChannelConfig {
  aws: {
    region: string;
    /** Set to send SES and SNS calls to a stand-in (moto) instead of AWS. */
    endpoint?: string;
  };
  email: { from: string; configurationSet?: string };
  sms: { senderId?: string };
  /** Null when Twilio is not configured; `whatsappProblem` then says what is missing. */
  twilio: TwilioConfig | null;
  whatsappProblem?: string;
  /** Where Twilio posts delivery status callbacks. */
  twilioStatusCallbackUrl: string;
  timeoutMs: number;
}

const E164 = /^\+[1-9]\d{6,14}$/;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function readTwilio(env: NodeJS.ProcessEnv): { twilio: TwilioConfig | null; problem?: string } {
  const accountSid = value(env, 'TWILIO_ACCOUNT_SID');
  const authToken = value(env, 'TWILIO_AUTH_TOKEN');
  const whatsappFrom = value(env, 'TWILIO_WHATSAPP_FROM')?.replace(/^whatsapp:/i, '');
  if (!accountSid || !authToken || !whatsappFrom) {
    const missing = Object.entries({ TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_WHATSAPP_FROM: whatsappFrom })
      .filter(([, v]) => !v)
      .map(([name]) => name);
    return { twilio: null, problem: `WhatsApp is not configured: set ${missing.join(', ')}` };
  }
  if (!accountSid.startsWith('AC')) return { twilio: null, problem: 'WhatsApp is not configured: TWILIO_ACCOUNT_SID must start with AC' };
  if (!E164.test(whatsappFrom))
    return { twilio: null, problem: `WhatsApp is not configured: TWILIO_WHATSAPP_FROM must be an E.164 number, not "${whatsappFrom}"` };
  return { twilio: { accountSid, authToken, whatsappFrom, apiBaseUrl: value(env, 'TWILIO_API_BASE_URL') } };
}

export function readChannelConfig(env: NodeJS.ProcessEnv = process.env): ChannelConfig {
  const { twilio, problem } = readTwilio(env);
  const publicApiUrl = (value(env, 'PUBLIC_API_URL') ?? DEFAULT_PUBLIC_API_URL).replace(/\/+$/, '');
  const timeoutMs = Number(value(env, 'PROVIDER_TIMEOUT_MS') ?? DEFAULT_PROVIDER_TIMEOUT_MS);
  return {
    aws: { region: value(env, 'AWS_REGION') ?? 'us-east-1', endpoint: value(env, 'AWS_ENDPOINT_URL') },
    email: { from: value(env, 'EMAIL_FROM') ?? DEFAULT_EMAIL_FROM, configurationSet: value(env, 'SES_CONFIGURATION_SET') },
    sms: { senderId: value(env, 'SMS_SENDER_ID') },
    twilio,
    whatsappProblem: problem,
    twilioStatusCallbackUrl: `${publicApiUrl}/api/v1/crm/webhooks/twilio/status`,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_PROVIDER_TIMEOUT_MS,
  };
}
