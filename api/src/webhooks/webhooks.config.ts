import { registerAs } from '@nestjs/config';
import { linkSigningSecret } from '@hospital-crm/workflows';
import { validateEnvironment } from '../config/env.validation';

function hostPattern(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new Error(`Invalid configuration:\n  - SNS_CERT_HOST_PATTERN: "${source}" is not a regular expression`);
  }
}

/** What the public webhook and link endpoints need: where we are reachable, and the keys that prove a caller. */
export const webhooksConfig = registerAs('webhooks', () => {
  const e = validateEnvironment(process.env);
  return {
    /** Without a trailing slash. */
    publicApiUrl: e.PUBLIC_API_URL.replace(/\/+$/, ''),
    linkSigningSecret: linkSigningSecret({ LINK_SIGNING_SECRET: e.LINK_SIGNING_SECRET, JWT_SECRET: e.JWT_SECRET }),
    twilioAuthToken: e.TWILIO_AUTH_TOKEN?.trim() || null,
    snsCertHostPattern: hostPattern(e.SNS_CERT_HOST_PATTERN),
    snsTopicArns: e.SNS_TOPIC_ARNS.split(',')
      .map((arn) => arn.trim())
      .filter(Boolean),
  };
});

export type WebhooksConfig = ReturnType<typeof webhooksConfig>;
