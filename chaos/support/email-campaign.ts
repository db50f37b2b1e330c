import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@hospital-crm/db';
import { uniqueEmail } from '../../workflows/test/support/channel-stand-ins';

/** A hospital of its own with `recipients` leads (an email address each), an email template and a DRAFT campaign to them. */
export async function draftEmailCampaign(prisma: PrismaClient, recipients: number): Promise<{ campaignId: string; emails: string[] }> {
  const hospital = await prisma.hospital.create({ data: { name: 'Mail', code: `EM${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } });
  await prisma.cRMSettings.create({ data: { hospitalId: hospital.id, frequencyCapPerWeek: 10 } });
  const emails = Array.from({ length: recipients }, () => uniqueEmail());
  await prisma.cRMLead.createMany({
    data: emails.map((email, i) => ({
      hospitalId: hospital.id,
      leadNumber: `LD-${hospital.code}-${String(i + 1).padStart(6, '0')}`,
      firstName: `Reader${i + 1}`,
      lastName: 'Test',
      email,
      source: 'WEBSITE' as const,
    })),
  });
  const template = await prisma.cRMTemplate.create({
    data: {
      hospitalId: hospital.id,
      name: 'News',
      channel: 'EMAIL',
      category: 'PROMOTION',
      subject: 'News from {{hospitalName}}',
      content: 'Hi {{firstName}}, our new wing opens Monday.',
    },
  });
  const campaign = await prisma.cRMCampaign.create({
    data: {
      hospitalId: hospital.id,
      name: 'Newsletter',
      campaignType: 'AWARENESS',
      channel: 'EMAIL',
      templateId: template.id,
      audience: { contactTypes: ['LEAD'] },
    },
  });
  return { campaignId: campaign.id, emails };
}

/** How many emails moto holds for each address, from one read of moto's inspection endpoint. */
export async function emailCounts(motoUrl: string, emails: string[]): Promise<Record<string, number>> {
  const data = (await fetch(`${motoUrl}/moto-api/data.json`).then((r) => r.json())) as { ses?: { RawMessage?: Array<{ destinations: string[] }> } };
  const counts: Record<string, number> = Object.fromEntries(emails.map((e) => [e.toLowerCase(), 0]));
  for (const message of data.ses?.RawMessage ?? []) {
    // moto lists an address once per place it appeared (the Destinations parameter and the To header): count it once per message.
    for (const key of new Set(message.destinations.map((to) => to.toLowerCase()))) {
      if (key in counts) counts[key] += 1;
    }
  }
  return counts;
}
