export { createBodyCipher, bodyCipherFromEnv, parseCommunicationKeys, BodyCipherConfigError, type BodyCipher, type SealedBody } from './body-cipher';
export { queueOutboundCommunication, type NewOutboundCommunication } from './queue-outbound';
export { loadConsentFacts, type ConsentSubject } from './consent-facts';
export { deterministicUuid } from './deterministic-id';
