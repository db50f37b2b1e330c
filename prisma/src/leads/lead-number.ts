import type { Prisma } from '../generated/prisma/client';

/**
 * Hands out the next lead number of a hospital inside the caller's transaction:
 * `LD-<code>-<6 digits>`. The row lock on the hospital serialises concurrent creates,
 * so numbers never collide and never skip on rollback.
 */
export async function nextLeadNumber(tx: Prisma.TransactionClient, hospitalId: string): Promise<string> {
  const [row] = await tx.$queryRaw<Array<{ code: string; leadSequence: number }>>`
    UPDATE "Hospital" SET "leadSequence" = "leadSequence" + 1
    WHERE id = ${hospitalId}::uuid
    RETURNING code, "leadSequence"`;
  if (!row) throw new Error(`hospital ${hospitalId} does not exist`);
  return formatLeadNumber(row.code, row.leadSequence);
}

export function formatLeadNumber(hospitalCode: string, sequence: number): string {
  return `LD-${hospitalCode}-${String(sequence).padStart(6, '0')}`;
}
