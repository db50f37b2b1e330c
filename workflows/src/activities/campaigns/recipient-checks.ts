import { compileTemplate, consentToSend, leadTemplateValues, type TemplateChannel, type TemplateRenderer, type TemplateSource } from '@hospital-crm/domain';
import type { PrismaClient } from '@hospital-crm/db';
import { leadFacts, marketingThisWeek, patientFacts, suppressions } from './recipient-facts';

const WEEK = 7 * 86_400_000;

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
  /** The campaign's template, parsed once for the whole batch. */
  render: TemplateRenderer;
  hospitalValues: Record<string, string>;
  frequencyCapPerWeek: number;
}

/** The template's renderer; one that cannot be used renders nothing, so each recipient is skipped with the reason. */
export function templateRenderer(template: TemplateSource): TemplateRenderer {
  try {
    return compileTemplate(template);
  } catch (error) {
    return () => {
      throw error;
    };
  }
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
  const [suppressed, leadById, patientById, sentThisWeek] = await Promise.all([
    suppressions(prisma, campaign, addresses),
    leadFacts(prisma, leadIds),
    patientFacts(prisma, patientIds),
    marketingThisWeek(prisma, campaign, addresses, new Date(now.getTime() - WEEK)),
  ]);
  return rows.map((row): Prepared => {
    const lead = row.leadId ? leadById.get(row.leadId) : undefined;
    const patient = row.patientId ? patientById.get(row.patientId) : undefined;
    const person = lead ?? patient;
    if (!person || lead?.deletedAt) return { row, skip: 'The contact no longer exists' };
    const consent = consentToSend({
      isMarketing: true,
      suppression: suppressed.get(row.address) ?? null,
      doNotMarket: person.doNotMarket,
      tags: lead?.tags ?? [],
    });
    if (!consent.allowed) return { row, skip: consent.reason };
    const already = sentThisWeek.get(row.address) ?? 0;
    if (already >= campaign.frequencyCapPerWeek) {
      return { row, skip: `Frequency cap: ${already} marketing message${already === 1 ? '' : 's'} in the last 7 days (cap ${campaign.frequencyCapPerWeek})` };
    }
    try {
      const values = { ...campaign.hospitalValues, ...leadTemplateValues({ leadNumber: '', ...person, ...(lead && { leadNumber: lead.leadNumber }) }) };
      const rendered = campaign.render(values);
      return { row, subject: rendered.subject, body: rendered.body };
    } catch (error) {
      return { row, skip: `The template could not be filled: ${(error as Error).message}` };
    }
  });
}
