/**
 * What one API process tells the others it runs beside (cluster processes on one host, replicas
 * sharing Redis): "drop what you cached about this". Each process keeps small caches (the signed-in
 * user, lead list totals, the dashboard); a write handled by one process must reach the caches of
 * all of them, or another process would keep serving the old answer until its entry expires.
 *
 * Delivery is best effort and asynchronous (well under a millisecond on one host): a lost message
 * only means an entry lives out its short TTL, which every cache here has for that reason.
 */
export type PeerTopic = 'dashboard' | 'auth-user';

export interface PeerMessage {
  topic: PeerTopic;
  /** The hospital (dashboard) or user (auth-user) concerned. */
  id: string;
}

/** How messages travel between this process and its peers. */
export interface PeerTransport {
  send(message: PeerMessage): void;
  close(): Promise<void>;
}

type Handler = (id: string) => void;

const handlers = new Map<PeerTopic, Set<Handler>>();
let transport: PeerTransport | null = null;

export function isPeerMessage(value: unknown): value is PeerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { topic, id } = value as Partial<PeerMessage>;
  return (topic === 'dashboard' || topic === 'auth-user') && typeof id === 'string';
}

/** Runs this process's handlers for a message that came from a peer. */
export function receiveFromPeer(message: PeerMessage): void {
  for (const handler of handlers.get(message.topic) ?? []) handler(message.id);
}

/** Handles the topic's messages from peers; the returned function stops handling them. */
export function onPeerMessage(topic: PeerTopic, handler: Handler): () => void {
  let set = handlers.get(topic);
  if (!set) handlers.set(topic, (set = new Set()));
  set.add(handler);
  return () => set.delete(handler);
}

/** Tells every other process (never this one: its caller has already acted here). */
export function tellPeers(message: PeerMessage): void {
  transport?.send(message);
}

/** The transport this process uses from now on (the API's PeersModule sets it at start). */
export function usePeerTransport(next: PeerTransport | null): PeerTransport | null {
  const previous = transport;
  transport = next;
  return previous;
}
