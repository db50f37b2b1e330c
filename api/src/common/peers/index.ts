export { onPeerMessage, tellPeers, type PeerMessage, type PeerTopic } from './peer-messages';
export { PeersModule } from './peers.module';
