import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { isPeerMessage, receiveFromPeer, type PeerMessage, type PeerTransport } from './peer-messages';

const CHANNEL = 'crm:peers';

/**
 * For API replicas sharing REDIS_URL (several hosts or containers): Redis pub/sub. Each process
 * tags what it publishes with its own id and ignores its own messages. Redis being down only
 * delays what the caches' TTLs already bound.
 */
export class RedisPeerTransport implements PeerTransport {
  private readonly logger = new Logger(RedisPeerTransport.name);
  private readonly origin = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string) {
    const options = { maxRetriesPerRequest: 1, commandTimeout: 250 };
    this.publisher = new Redis(url, options);
    // A subscribing connection may not have a command timeout: it waits for messages indefinitely.
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 1 });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    this.subscriber.subscribe(CHANNEL).catch((error: Error) => this.logger.warn(`Redis subscribe: ${error.message}`));
  }

  send(message: PeerMessage): void {
    this.publisher.publish(CHANNEL, JSON.stringify({ origin: this.origin, message })).catch((error: Error) => {
      this.logger.warn(`Redis publish: ${error.message}`);
    });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private receive(raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    const { origin, message } = parsed as { origin?: unknown; message?: unknown };
    if (origin !== this.origin && isPeerMessage(message)) receiveFromPeer(message);
  }
}
