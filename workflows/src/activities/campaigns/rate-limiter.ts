import type { PrismaClient } from '@hospital-crm/db';

/**
 * A token bucket in PostgreSQL, so a rate limit holds across every worker: `rate` tokens a
 * second, at most one second's worth banked, and never less than one message (a rate below one
 * a second, e.g. 0.5, sends one message every two seconds). One locked UPDATE takes what is available.
 */
export async function takeTokens(prisma: PrismaClient, key: string, want: number, rate: number): Promise<number> {
  const capacity = Math.max(rate, 1);
  await prisma.$executeRaw`
    INSERT INTO "RateLimitBucket" ("key", "tokens", "refilledAt") VALUES (${key}, ${capacity}, clock_timestamp())
    ON CONFLICT ("key") DO NOTHING`;
  const [row] = await prisma.$queryRaw<Array<{ granted: number }>>`
    WITH current AS (
      SELECT "key", LEAST(${capacity}::float8, "tokens" + EXTRACT(EPOCH FROM (clock_timestamp() - "refilledAt")) * ${rate}::float8) AS available
      FROM "RateLimitBucket" WHERE "key" = ${key} FOR UPDATE
    )
    UPDATE "RateLimitBucket" AS bucket
    SET "tokens" = current.available - LEAST(FLOOR(current.available), ${want}::float8), "refilledAt" = clock_timestamp()
    FROM current WHERE bucket."key" = current."key"
    RETURNING LEAST(FLOOR(current.available), ${want}::float8)::int AS granted`;
  return row?.granted ?? 0;
}

/**
 * Waits until `want` tokens were taken (in parts as they refill). `beat` is called while
 * waiting so a long wait still heartbeats; `stop` ends the wait early (a pause) with what was got.
 */
export async function acquireTokens(
  prisma: PrismaClient,
  key: string,
  want: number,
  rate: number,
  options: { beat?: () => void; stop?: () => Promise<boolean> } = {},
): Promise<number> {
  let got = 0;
  while (got < want) {
    got += await takeTokens(prisma, key, want - got, rate);
    if (got >= want) break;
    options.beat?.();
    if (await options.stop?.()) break;
    await new Promise((resolve) => setTimeout(resolve, Math.max(20, Math.ceil(((want - got) / rate) * 1000))));
  }
  return got;
}
