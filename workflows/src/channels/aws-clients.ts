// SES and SNS clients built from the channel configuration: region, optional stand-in endpoint, bounded time.
import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ChannelConfig } from './channel-config';

function clientOptions(config: ChannelConfig) {
  return {
    region: config.aws.region,
    ...(config.aws.endpoint ? { endpoint: config.aws.endpoint } : {}),
    // Temporal retries the activity with backoff; SDK retries on top would multiply attempts and duplicates.
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ connectionTimeout: config.timeoutMs, requestTimeout: config.timeoutMs }),
  };
}

export const createSesClient = (config: ChannelConfig) => new SESClient(clientOptions(config));
export const createSnsClient = (config: ChannelConfig) => new SNSClient(clientOptions(config));
