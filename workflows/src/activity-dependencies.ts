import { bodyCipherFromEnv, type PrismaClient } from '@hospital-crm/db';
import type { ActivityDependencies } from './activities';
import { createChannels, readChannelConfig } from './channels';
import { DEFAULT_PUBLIC_API_URL } from './channels/channel-config';
import { linkSigningSecret, unsubscribeUrl } from './links';

/**
 * What the activities need, from the worker's environment: the body cipher (COMMUNICATION_KEYS),
 * the provider channels (AWS_*, TWILIO_*, EMAIL_FROM...), and signed unsubscribe links
 * (LINK_SIGNING_SECRET, PUBLIC_API_URL). A bad value stops the worker at start, not mid-send.
 */
export function activityDependenciesFromEnv(prisma: PrismaClient, env: NodeJS.ProcessEnv = process.env): ActivityDependencies {
  const secret = linkSigningSecret(env);
  const publicApiUrl = env.PUBLIC_API_URL?.trim() || DEFAULT_PUBLIC_API_URL;
  return {
    prisma,
    cipher: bodyCipherFromEnv(env),
    channels: createChannels(readChannelConfig(env)),
    unsubscribeLinks: (target) => unsubscribeUrl(publicApiUrl, secret, target),
  };
}
