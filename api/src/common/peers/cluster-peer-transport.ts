import cluster from 'node:cluster';
import { isPeerMessage, receiveFromPeer, type PeerMessage, type PeerTransport } from './peer-messages';

/** The envelope on the cluster's IPC channel, so other messages on it are left alone. */
interface ClusterPeerEnvelope {
  crmPeer: PeerMessage;
}

export function isClusterPeerEnvelope(value: unknown): value is ClusterPeerEnvelope {
  return typeof value === 'object' && value !== null && isPeerMessage((value as Partial<ClusterPeerEnvelope>).crmPeer);
}

/**
 * For the processes of one `API_PROCESSES` cluster: a message goes to the primary over IPC, which
 * hands it to every other process (see api-processes.ts).
 */
export class ClusterPeerTransport implements PeerTransport {
  private readonly onMessage = (value: unknown) => {
    if (isClusterPeerEnvelope(value)) receiveFromPeer(value.crmPeer);
  };

  constructor() {
    process.on('message', this.onMessage);
  }

  static available(): boolean {
    return cluster.isWorker && typeof process.send === 'function';
  }

  send(message: PeerMessage): void {
    if (!process.connected) return;
    const envelope: ClusterPeerEnvelope = { crmPeer: message };
    process.send!(envelope);
  }

  close(): Promise<void> {
    process.off('message', this.onMessage);
    return Promise.resolve();
  }
}
