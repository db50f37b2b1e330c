import { checkAudience, isSendableChannel, type CommunicationChannel } from '@hospital-crm/domain';
import type { Prisma } from '../generated/prisma/client';
import { AUDIENCE_ORDER, audienceQuery, type AudienceNarrowing } from './audience-query';

/** The campaign's stored audience or channel cannot be sent to; nothing was written. */
export class CampaignAudienceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CampaignAudienceError';
  }
}

export interface CampaignToMaterialize {
  id: string;
  hospitalId: string;
  channel: CommunicationChannel;
  /** CRMCampaign.audience as stored (checked again here). */
  audience: unknown;
  /** A birthday run: only the audience's contacts born on these days. */
  narrowing?: AudienceNarrowing;
}

/**
 * Fixes the campaign's recipient list: the audience, as it is now, written into the send ledger
 * (CRMCampaignRecipient, status PENDING) in one INSERT … SELECT with a dense seq 1..n in the
 * audience's order, inside the caller's transaction. Idempotent: once the campaign has recipients
 * nothing more is inserted (and a concurrent twin inserts nothing either: ON CONFLICT DO NOTHING
 * on the ledger's unique keys). Returns how many recipients the campaign has.
 */
export async function materializeRecipients(tx: Pick<Prisma.TransactionClient, '$queryRaw'>, campaign: CampaignToMaterialize): Promise<number> {
  const { channel } = campaign;
  if (!isSendableChannel(channel)) throw new CampaignAudienceError(`Campaigns cannot be sent on ${channel}`);
  const check = checkAudience(campaign.audience);
  if (!check.ok) throw new CampaignAudienceError(`The campaign's audience is not valid: ${check.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  // The CTE's insert is invisible to the count below it (one snapshot), so the sum is the total either way.
  const [row] = await tx.$queryRaw<Array<{ total: number }>>`
    WITH inserted AS (
      INSERT INTO "CRMCampaignRecipient" (id, "campaignId", "hospitalId", seq, "contactType", "leadId", "patientId", channel, address)
      SELECT gen_random_uuid(), ${campaign.id}::uuid, ${campaign.hospitalId}::uuid, (row_number() OVER (ORDER BY ${AUDIENCE_ORDER}))::int,
             a.contact_type::"ContactType", a.lead_id, a.patient_id, ${channel}::"CommunicationChannel", a.address
      FROM (${audienceQuery(campaign.hospitalId, channel, check.audience, campaign.narrowing)}) a
      WHERE NOT EXISTS (SELECT 1 FROM "CRMCampaignRecipient" r WHERE r."campaignId" = ${campaign.id}::uuid)
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT ((SELECT count(*) FROM inserted) + (SELECT count(*) FROM "CRMCampaignRecipient" r WHERE r."campaignId" = ${campaign.id}::uuid))::int AS total`;
  return row.total;
}
