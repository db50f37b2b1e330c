import { randomUUID } from 'node:crypto';
import { queueOutboundCommunication, type BodyCipher, type PrismaClient } from '@hospital-crm/db';

/** A hospital of its own and one transactional WhatsApp message per phone, due at dueAt(i). Returns the rows' ids. */
export async function scheduleMessages(prisma: PrismaClient, cipher: BodyCipher, phones: string[], dueAt: (i: number) => Date): Promise<string[]> {
  const hospital = await prisma.hospital.create({ data: { name: 'Chaos', code: `CH${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } });
  const ids: string[] = [];
  for (const [i, phone] of phones.entries()) {
    ids.push(
      await prisma.$transaction((tx) =>
        queueOutboundCommunication(tx, cipher, {
          hospitalId: hospital.id,
          channel: 'WHATSAPP',
          toAddress: phone,
          body: `Your appointment is confirmed (${i + 1})`,
          isMarketing: false,
          scheduledFor: dueAt(i),
        }),
      ),
    );
  }
  return ids;
}
