import { randomUUID } from 'node:crypto';
import type { CommunicationChannel, PrismaClient } from '@hospital-crm/db';
import { uniquePhone } from '../../../workflows/test/support/channel-stand-ins';

const DAY = 86_400_000;

export function createTemplate(prisma: PrismaClient, hospitalId: string, channel: CommunicationChannel, fields: { isActive?: boolean } = {}) {
  return prisma.cRMTemplate.create({
    data: {
      hospitalId,
      name: `Camp ${channel} ${randomUUID().slice(0, 8)}`,
      channel,
      category: 'PROMOTION',
      subject: channel === 'EMAIL' ? 'Free diabetes check' : null,
      content: 'Hi {{firstName}}, join our free diabetes camp this Sunday.',
      variables: ['firstName'],
      ...fields,
    },
  });
}

/** `count` leads with their own WhatsApp numbers, all carrying a fresh tag: an audience of exactly them. */
export async function taggedLeads(prisma: PrismaClient, hospitalId: string, count: number) {
  const tag = await prisma.cRMTag.create({ data: { hospitalId, name: `camp-${randomUUID().slice(0, 8)}` } });
  const leads = [];
  for (let i = 0; i < count; i++) {
    const lead = await prisma.cRMLead.create({
      data: { hospitalId, leadNumber: `CMP-${randomUUID()}`, firstName: `Lead${i}`, lastName: 'Camp', source: 'WEBSITE', phone: uniquePhone() },
    });
    await prisma.cRMLeadTag.create({ data: { leadId: lead.id, tagId: tag.id } });
    leads.push(lead);
  }
  return { tag: tag.name, leads, audience: { contactTypes: ['LEAD'], tags: [tag.name] } };
}

/**
 * A hospital's contacts for the preview, each included or left out for one reason (email channel):
 * in: Asha (patient, 45, diabetic, seen in cardiology 10 days ago), Bala (patient, 70), Kiran (lead, VIP, score 80);
 * out: Dev (opted out), Esha (email unsubscribed), Om (tagged do-not-contact), Mohan (deleted),
 * Sita (converted into Asha: Asha speaks for her), Vinay (no email; has an E.164 phone).
 */
export async function previewContacts(prisma: PrismaClient, hospitalId: string) {
  const tag = (name: string) => prisma.cRMTag.create({ data: { hospitalId, name } });
  const [vip, dnc] = [await tag('VIP'), await tag('do-not-contact')];
  const born = (years: number) => new Date(Date.now() - (years * 365.25 + 100) * DAY);
  const email = (name: string) => `${name.toLowerCase()}.${hospitalId.slice(0, 8)}@mail.example`;
  const patient = (firstName: string, fields: Record<string, unknown> = {}) =>
    prisma.patient.create({ data: { hospitalId, mrn: `MRN-${randomUUID()}`, firstName, lastName: 'Preview', email: email(firstName), ...fields } });
  const lead = async (firstName: string, fields: Record<string, unknown> = {}, tagId?: string) => {
    const row = await prisma.cRMLead.create({
      data: { hospitalId, leadNumber: `PRV-${randomUUID()}`, firstName, lastName: 'Preview', source: 'WEBSITE', email: email(firstName), ...fields },
    });
    if (tagId) await prisma.cRMLeadTag.create({ data: { leadId: row.id, tagId } });
    return row;
  };

  const asha = await patient('Asha', { dateOfBirth: born(45), gender: 'FEMALE', conditions: ['Diabetes'] });
  const bala = await patient('Bala', { dateOfBirth: born(70), gender: 'MALE', phone: '+919811111111' });
  await patient('Dev', { doNotMarket: true });
  await patient('Esha');
  await prisma.contactSuppression.create({ data: { hospitalId, channel: 'EMAIL', address: email('Esha'), reason: 'UNSUBSCRIBED' } });
  await prisma.appointment.create({
    data: {
      hospitalId,
      patientId: asha.id,
      department: 'Cardiology',
      scheduledAt: new Date(Date.now() - 10 * DAY),
      status: 'COMPLETED',
      completedAt: new Date(Date.now() - 10 * DAY),
    },
  });
  const kiran = await lead('Kiran', { score: 80, phone: 'not a phone' }, vip.id);
  await lead('Om', { score: 90 }, dnc.id);
  await lead('Mohan', { deletedAt: new Date() });
  await lead('Sita', { convertedToPatientId: asha.id, convertedAt: new Date(), status: 'CONVERTED' });
  const vinay = await lead('Vinay', { email: null, phone: '+919822222222' });
  return { asha, bala, kiran, vinay, email };
}
