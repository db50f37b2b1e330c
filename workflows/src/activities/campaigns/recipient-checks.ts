import { consentToSend, leadTemplateValues, renderTemplate, type TemplateChannel } from '@hospital-crm/domain';
import type { PrismaClient } from '@hospital-crm/db';

const WEEK = 7 * 86_400_000;
const COUNTED = ['QUEUED', 'SENT', 'DELIVERED', 'READ', 'RESPONDED'];

export interface LedgerRow {
  id: string;
  seq: number;
  leadId: string | null;
  patientId: string | null;
  address: string;
}

export interface CampaignSource {
  id: string;
  hospitalId: string;
  channel: TemplateChannel;
  template: { subject: string | null; content: string };
  hospitalValues: Record<string, string>;
  frequencyCapPerWeek: number;
}

/**
 * Marketing messages each address was sent on the campaign's channel since `since`: one probe of
 * the (toAddress, channel, createdAt) index per address. Only those three columns are in WHERE,
 * the rest is a FILTER on the few rows found: given the hospital in WHERE, the planner, with no
 * statistics yet for a running campaign's fresh rows, walked a hospital index instead and read
 * tens of thousands of rows per address (seconds per chunk, measured at 1,000,000 leads).
 */
function marketingThisWeek(prisma: PrismaClient, campaign: CampaignSource, addresses: string[], since: Date) {
  return prisma.$queryRaw<Array<{ address: string; count: number }>>`
    SELECT a.address, counted.count FROM unnest(${addresses}::text[]) AS a(address)
    CROSS JOIN LATERAL (
      SELECT (count(*) FILTER (WHERE c."hospitalId" = ${campaign.hospitalId}::uuid AND c."isMarketing" AND c.status::text = ANY(${COUNTED}::text[])))::int AS count
      FROM "CRMCommunication" c
      WHERE c."toAddress" = a.address AND c.channel = ${campaign.channel}::"CommunicationChannel" AND c."createdAt" >= ${since}
    ) counted
    WHERE counted.count > 0`;
}

export type Prepared = { row: LedgerRow; subject: string | null; body: string } | { row: LedgerRow; skip: string };

/**
 * Each recipient as of now: consent (suppression, marketing opt-out, do-not-contact, a deleted
 * lead), the weekly frequency cap of marketing messages, and the campaign's template rendered
 * with their details. All facts for the chunk are read in four queries. (One message per address
 * per campaign is the ledger's unique key, not a check here.)
 */
export async function prepareRecipients(prisma: PrismaClient, campaign: CampaignSource, rows: LedgerRow[], now: Date): Promise<Prepared[]> {
  const addresses = rows.map((r) => r.address);
  const leadIds = rows.flatMap((r) => (r.leadId ? [r.leadId] : []));
  const patientIds = rows.flatMap((r) => (r.patientId ? [r.patientId] : []));
  const [suppressions, leads, patients, recent] = await Promise.all([
    prisma.contactSuppression.findMany({
      where: { hospitalId: campaign.hospitalId, channel: campaign.channel, address: { in: addresses } },
      select: { address: true, scope: true, reason: true },
    }),
    prisma.cRMLead.findMany({
      where: { id: { in: leadIds } },
      select: {
        id: true,
        deletedAt: true,
        doNotMarket: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        leadNumber: true,
        interestedIn: true,
        tags: { select: { tag: { select: { name: true } } } },
      },
    }),
    prisma.patient.findMany({
      where: { id: { in: patientIds } },
      select: { id: true, doNotMarket: true, firstName: true, lastName: true, email: true, phone: true },
    }),
    marketingThisWeek(prisma, campaign, addresses, new Date(now.getTime() - WEEK)),
  ]);
  const suppressed = new Map(suppressions.map((s) => [s.address, s]));
  const leadById = new Map(leads.map((l) => [l.id, l]));
  const patientById = new Map(patients.map((p) => [p.id, p]));
  const sentThisWeek = new Map(recent.map((r) => [r.address, r.count]));

  return rows.map((row): Prepared => {
    const lead = row.leadId ? leadById.get(row.leadId) : undefined;
    const patient = row.patientId ? patientById.get(row.patientId) : undefined;
    const person = lead ?? patient;
    if (!person || lead?.deletedAt) return { row, skip: 'The contact no longer exists' };
    const consent = consentToSend({
      isMarketing: true,
      suppression: suppressed.get(row.address) ?? null,
      doNotMarket: person.doNotMarket,
      tags: lead?.tags.map((t) => t.tag.name) ?? [],
    });
    if (!consent.allowed) return { row, skip: consent.reason };
    const already = sentThisWeek.get(row.address) ?? 0;
    if (already >= campaign.frequencyCapPerWeek) {
      return { row, skip: `Frequency cap: ${already} marketing message${already === 1 ? '' : 's'} in the last 7 days (cap ${campaign.frequencyCapPerWeek})` };
    }
    try {
      const values = { ...campaign.hospitalValues, ...leadTemplateValues({ leadNumber: '', ...person, ...(lead && { leadNumber: lead.leadNumber }) }) };
      const rendered = renderTemplate({ channel: campaign.channel, subject: campaign.template.subject, content: campaign.template.content }, values);
      return { row, subject: rendered.subject, body: rendered.body };
    } catch (error) {
      return { row, skip: `The template could not be filled: ${(error as Error).message}` };
    }
  });
}
