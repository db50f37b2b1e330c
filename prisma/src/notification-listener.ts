import { Client } from 'pg';

/** The channel the dashboard triggers notify (migration 20261124094500_dashboard_change_notifications), with a hospital id. */
export const DASHBOARD_CHANNEL = 'crm_dashboard';

const RETRY_MS = { first: 1_000, max: 30_000 };

export interface NotificationListenerOptions {
  url: string;
  channel: string;
  onNotification: (payload: string) => void;
  /** After a reconnection: notifications sent while the connection was down were missed. */
  onReconnected?: () => void;
  onError?: (error: Error) => void;
  applicationName?: string;
}

/**
 * LISTENs on one channel over a connection of its own (a pooled connection cannot hold a LISTEN),
 * reconnecting with a growing wait when the connection drops. `close()` stops it for good.
 */
export function listenForNotifications(options: NotificationListenerOptions): { close: () => Promise<void> } {
  let client: Client | null = null;
  let closed = false;
  let retryMs = RETRY_MS.first;
  let timer: NodeJS.Timeout | undefined;
  // Set when a connection dropped or failed: the next one to succeed reports the gap.
  let missed = false;

  const retry = () => {
    if (closed) return;
    timer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };

  const connect = async () => {
    const next = new Client({ connectionString: options.url, application_name: options.applicationName ?? 'hospital-crm-listener' });
    client = next;
    // One drop ends this client (error and end both come): a single retry follows.
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      missed = true;
      if (error && !closed) options.onError?.(error);
      void next.end().catch(() => undefined);
      retry();
    };
    next.on('error', drop);
    next.on('end', () => drop());
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload) options.onNotification(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    retryMs = RETRY_MS.first;
    if (missed) options.onReconnected?.();
    missed = false;
  };

  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
