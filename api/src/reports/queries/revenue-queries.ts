import type { CampaignStatus, CommunicationChannel, LeadSource, ReportRange } from '@hospital-crm/domain';
import type { PrismaClient } from '../../common/prisma/prisma.module';

export interface RevenueRow {
  source: LeadSource;
  campaignId: string | null;
  currency: string;
  status: 'PAID' | 'ISSUED';
  /** Decimal sum as text, so no cent is lost on the way. */
  amount: string;
}

/**
 * Invoices of the patients that leads converted into within the range, issued from the
 * conversion to `windowDays` days after it: PAID ones are revenue, ISSUED ones still outstanding
 * (drafts and voided invoices are neither). A patient converted from two leads counts once, for
 * the first conversion in the range. Uses (hospitalId, status, …) for the leads and
 * (patientId, status) for the invoices.
 */
export function attributedInvoices(prisma: PrismaClient, hospitalId: string, range: ReportRange, windowDays: number): Promise<RevenueRow[]> {
  return prisma.$queryRaw<RevenueRow[]>`
    WITH converted AS (
      SELECT DISTINCT ON (l."convertedToPatientId") l."convertedToPatientId" AS patient_id, l.source, l."campaignId" AS campaign_id, l."convertedAt" AS at
      FROM "CRMLead" l
      WHERE l."hospitalId" = ${hospitalId}::uuid AND l.status = 'CONVERTED' AND l."deletedAt" IS NULL AND l."convertedToPatientId" IS NOT NULL
        AND l."convertedAt" >= ${range.start} AND l."convertedAt" < ${range.end}
      ORDER BY l."convertedToPatientId", l."convertedAt", l.id)
    SELECT cv.source::text AS source, cv.campaign_id::text AS "campaignId", i.currency, i.status::text AS status, sum(i.amount)::text AS amount
    FROM converted cv JOIN "Invoice" i ON i."patientId" = cv.patient_id
    WHERE i."hospitalId" = ${hospitalId}::uuid AND i.status IN ('PAID', 'ISSUED')
      AND i."issuedAt" >= cv.at AND i."issuedAt" < cv.at + make_interval(days => ${windowDays}::int)
    GROUP BY 1, 2, 3, 4`;
}

export interface CampaignCostRow {
  id: string;
  name: string;
  status: CampaignStatus;
  channel: CommunicationChannel;
  costPerMessage: number | null;
  sentCount: number;
}

/** Campaigns that ran during the range (started before its end, not finished before its start), and the ones named. */
export async function campaignsOfRange(prisma: PrismaClient, hospitalId: string, range: ReportRange, alsoIds: string[]): Promise<CampaignCostRow[]> {
  const rows = await prisma.cRMCampaign.findMany({
    where: {
      hospitalId,
      OR: [
        { id: { in: alsoIds } },
        {
          startedAt: { lt: range.end },
          OR: [{ completedAt: null, cancelledAt: null }, { completedAt: { gte: range.start } }, { cancelledAt: { gte: range.start } }],
        },
      ],
    },
    select: { id: true, name: true, status: true, channel: true, costPerMessage: true, sentCount: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((c) => ({ ...c, costPerMessage: c.costPerMessage === null ? null : Number(c.costPerMessage) }));
}
