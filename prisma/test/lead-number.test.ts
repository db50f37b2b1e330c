import { randomUUID } from 'node:crypto';
import { createPrismaClient, nextLeadNumber } from '../src';

const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 20 });
afterAll(() => prisma.$disconnect());

describe('lead numbers', () => {
  it('never collide when 40 leads are created at once in one hospital', async () => {
    const code = `LN${randomUUID().slice(0, 6).toUpperCase()}`;
    const hospital = await prisma.hospital.create({ data: { name: 'Lead number test', code } });
    const create = () =>
      prisma.$transaction(async (tx) => {
        const leadNumber = await nextLeadNumber(tx, hospital.id);
        return tx.cRMLead.create({ data: { hospitalId: hospital.id, leadNumber, firstName: 'A', lastName: 'B', source: 'WEBSITE' } });
      });
    const leads = await Promise.all(Array.from({ length: 40 }, create));
    const numbers = leads.map((l) => l.leadNumber).sort();
    expect(new Set(numbers).size).toBe(40);
    expect(numbers[0]).toBe(`LD-${code}-000001`);
    expect(numbers[39]).toBe(`LD-${code}-000040`);
  });

  it('does not skip a number when the creating transaction rolls back', async () => {
    const code = `LR${randomUUID().slice(0, 6).toUpperCase()}`;
    const hospital = await prisma.hospital.create({ data: { name: 'Rollback test', code } });
    await expect(
      prisma.$transaction(async (tx) => {
        await nextLeadNumber(tx, hospital.id);
        throw new Error('validation failed after numbering');
      }),
    ).rejects.toThrow('validation failed');
    const number = await prisma.$transaction((tx) => nextLeadNumber(tx, hospital.id));
    expect(number).toBe(`LD-${code}-000001`);
  });
});
