export { onPeerMessage, tellPeers, type PeerMessage, type PeerTopic } from './peer-messages';
export { isClusterPeerEnvelope } from './cluster-peer-transport';
export { PeersModule } from './peers.module';
