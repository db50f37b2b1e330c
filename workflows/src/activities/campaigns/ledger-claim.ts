// The campaign send's hot-path reads and claims, in raw SQL: Prisma's model calls cost more worker
// CPU than the database did (its query compiler, a parameter per column and row for createMany, an
// interactive transaction's round trips), at a thousand messages a second.
import type { TemplateChannel } from '@hospital-crm/domain';
import { deterministicUuid, type BodyCipher, type PrismaClient } from '@hospital-crm/db';
import type { LedgerRow } from './recipient-checks';

export type LedgerPageRow = LedgerRow & { status: 'PENDING' | 'SENDING'; attemptedAt: Date | null; communicationId: string | null };

/** The next recipients still to handle (PENDING, or SENDING after a crash), by seq after `cursor`. */
export function readLedgerPage(prisma: PrismaClient, campaignId: string, cursor: number, take: number): Promise<LedgerPageRow[]> {
  return prisma.$queryRaw<LedgerPageRow[]>`
    SELECT "id", "seq", "leadId", "patientId", "address", "status"::text AS "status", "attemptedAt", "communicationId"
    FROM "CRMCampaignRecipient"
    WHERE "campaignId" = ${campaignId}::uuid AND "seq" > ${cursor} AND "status" IN ('PENDING', 'SENDING')
    ORDER BY "seq" ASC
    LIMIT ${take}`;
}

export async function campaignStatus(prisma: PrismaClient, campaignId: string): Promise<string> {
  const [row] = await prisma.$queryRaw<Array<{ status: string }>>`SELECT "status"::text AS "status" FROM "CRMCampaign" WHERE "id" = ${campaignId}::uuid`;
  if (!row) throw new Error(`Campaign ${campaignId} does not exist`);
  return row.status;
}

export interface ClaimSource {
  id: string;
  hospitalId: string;
  channel: TemplateChannel;
}

export interface Claim {
  recipientId: string;
  communicationId: string;
  message: { id: string; hospitalId: string; channel: TemplateChannel; toAddress: string; subject: string | null; body: string; isMarketing: true };
  row: LedgerRow;
}

/**
 * Before any provider call: the recipient becomes SENDING and its message row exists (QUEUED,
 * with a dispatch marker) under an id derived from the recipient, so a retry finds them. One
 * statement, so both happen or neither: the rows are inserted from arrays (ON CONFLICT DO NOTHING
 * keeps a retried claim idempotent), and only the recipients this attempt moved from PENDING are
 * returned as its to send (a stale attempt elsewhere gets none).
 */
export async function claim(
  prisma: PrismaClient,
  cipher: BodyCipher,
  source: ClaimSource,
  ready: Array<{ row: LedgerRow; subject: string | null; body: string }>,
  now: Date,
): Promise<Claim[]> {
  const claims = ready.map(({ row, subject, body }): Claim => {
    const communicationId = deterministicUuid(`campaign:${row.id}`);
    return {
      recipientId: row.id,
      communicationId,
      message: { id: communicationId, hospitalId: source.hospitalId, channel: source.channel, toAddress: row.address, subject, body, isMarketing: true },
      row,
    };
  });
  const sealed = claims.map((c) => cipher.encrypt(c.message.body));
  const communicationIds = claims.map((c) => c.communicationId);
  const won = await prisma.$queryRaw<Array<{ id: string }>>`
    WITH queued AS (
      INSERT INTO "CRMCommunication" ("id", "hospitalId", "leadId", "patientId", "campaignId", "channel", "direction", "status", "toAddress",
                                      "subject", "body", "bodyKeyId", "isMarketing", "queuedAt", "dispatchStartedAt", "createdAt", "updatedAt")
      SELECT m.id, ${source.hospitalId}::uuid, m.lead_id, m.patient_id, ${source.id}::uuid, ${source.channel}::"CommunicationChannel", 'OUTBOUND', 'QUEUED', m.address,
             m.subject, m.body, m.key_id, true, ${now}, ${now}, ${now}, ${now}
      FROM UNNEST(${communicationIds}::uuid[], ${claims.map((c) => c.row.leadId)}::uuid[], ${claims.map((c) => c.row.patientId)}::uuid[],
                  ${claims.map((c) => c.row.address)}::text[], ${claims.map((c) => c.message.subject)}::text[],
                  ${sealed.map((s) => s.body)}::text[], ${sealed.map((s) => s.bodyKeyId)}::text[])
           AS m(id, lead_id, patient_id, address, subject, body, key_id)
      ON CONFLICT DO NOTHING
    )
    UPDATE "CRMCampaignRecipient" AS r SET "status" = 'SENDING', "attemptedAt" = ${now}, "communicationId" = v.cid
    FROM UNNEST(${claims.map((c) => c.recipientId)}::uuid[], ${communicationIds}::uuid[]) AS v(id, cid)
    WHERE r."id" = v.id AND r."status" = 'PENDING'
    RETURNING r."id"`;
  const mine = new Set(won.map((w) => w.id));
  return claims.filter((c) => mine.has(c.recipientId));
}
