import { Global, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClusterPeerTransport } from './cluster-peer-transport';
import { usePeerTransport, type PeerTransport } from './peer-messages';
import { RedisPeerTransport } from './redis-peer-transport';

/** Redis when REDIS_URL is set (reaches replicas anywhere), else the cluster's IPC, else none (one process). */
export function createPeerTransport(redisUrl: string | undefined): PeerTransport | null {
  if (redisUrl) return new RedisPeerTransport(redisUrl);
  if (ClusterPeerTransport.available()) return new ClusterPeerTransport();
  return null;
}

// Apps running in this process (tests start several); they share the process's one transport.
let apps = 0;

/** Connects this process to its peers while the app runs (see peer-messages.ts). */
@Global()
@Module({})
export class PeersModule implements OnModuleInit, OnApplicationShutdown {
  onModuleInit(): void {
    if (apps++ === 0) usePeerTransport(createPeerTransport(process.env.REDIS_URL));
  }

  async onApplicationShutdown(): Promise<void> {
    if (--apps === 0) await usePeerTransport(null)?.close();
  }
}
