import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { takeTokens } from '../src/activities/campaigns/rate-limiter';

// The shared token bucket on the real database.
let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2 });
});
afterAll(() => prisma.$disconnect());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limit token bucket', () => {
  it('grants at most a second of messages at once, then only what refilled meanwhile', async () => {
    const key = `test-${randomUUID()}`;
    const started = Date.now();
    expect(await takeTokens(prisma, key, 50, 4)).toBe(4);
    const more = await takeTokens(prisma, key, 50, 4);
    expect(more).toBeLessThanOrEqual(Math.floor(((Date.now() - started) / 1000) * 4));
  });

  it('sends below one message a second: 0.5/s grants one message, then the next after two seconds', async () => {
    const key = `test-${randomUUID()}`;
    expect(await takeTokens(prisma, key, 5, 0.5)).toBe(1);
    expect(await takeTokens(prisma, key, 5, 0.5)).toBe(0);
    await pause(2_100);
    expect(await takeTokens(prisma, key, 5, 0.5)).toBe(1);
  });
});
