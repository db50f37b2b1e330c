export { audienceQuery, AUDIENCE_ORDER, type AudienceRow } from './audience-query';
export { countAudience, sampleAudience, type AudienceCount, type AudienceSample } from './audience-reads';
export { materializeRecipients, CampaignAudienceError, type CampaignToMaterialize } from './materialize-recipients';
export { ledgerProgress, SENT_RECIPIENT_STATUSES, type LedgerProgress } from './ledger-progress';
