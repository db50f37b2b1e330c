import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@hospital-crm/db';
import { uniquePhone } from './channel-stand-ins';

export interface CampaignFixture {
  hospitalId: string;
  campaignId: string;
  phones: string[];
}

/**
 * A hospital of its own with `recipients` leads (each a phone of its own at the Twilio fake),
 * a WhatsApp template and a DRAFT campaign to all of its leads.
 */
export async function draftCampaign(
  prisma: PrismaClient,
  recipients: number,
  settings: { rateLimits?: Record<string, number>; frequencyCapPerWeek?: number } = {},
): Promise<CampaignFixture> {
  const hospital = await prisma.hospital.create({ data: { name: 'Campaigns', code: `CP${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } });
  await prisma.cRMSettings.create({ data: { hospitalId: hospital.id, frequencyCapPerWeek: 10, ...settings } });
  const phones = Array.from({ length: recipients }, () => uniquePhone());
  await prisma.cRMLead.createMany({
    data: phones.map((phone, i) => ({
      hospitalId: hospital.id,
      leadNumber: `LD-${hospital.code}-${String(i + 1).padStart(6, '0')}`,
      firstName: `Guest${i + 1}`,
      lastName: 'Test',
      phone,
      source: 'WEBSITE' as const,
    })),
  });
  const template = await prisma.cRMTemplate.create({
    data: {
      hospitalId: hospital.id,
      name: 'Camp',
      channel: 'WHATSAPP',
      category: 'PROMOTION',
      content: 'Hi {{firstName}}, free eye check-up at {{hospitalName}} this Sunday.',
    },
  });
  const campaign = await prisma.cRMCampaign.create({
    data: {
      hospitalId: hospital.id,
      name: 'Eye camp',
      campaignType: 'HEALTH_CAMP',
      channel: 'WHATSAPP',
      templateId: template.id,
      audience: { contactTypes: ['LEAD'] },
    },
  });
  return { hospitalId: hospital.id, campaignId: campaign.id, phones };
}
