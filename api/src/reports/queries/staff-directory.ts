import type { UserRole } from '@hospital-crm/domain';
import type { PrismaClient } from '../../common/prisma/prisma.module';

export interface StaffRef {
  id: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  isActive: boolean;
}

const SELECT = { id: true, firstName: true, lastName: true, role: true, isActive: true } as const;

/** The hospital's users among `ids` (null and unknown ids skipped), by id. */
export async function staffByIds(prisma: PrismaClient, hospitalId: string, ids: Iterable<string | null>): Promise<Map<string, StaffRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const users = await prisma.user.findMany({ where: { hospitalId, id: { in: wanted } }, select: SELECT });
  return new Map(users.map((u) => [u.id, u]));
}

/** Every active member of staff of the hospital (super admins are not staff of one hospital). */
export function activeStaff(prisma: PrismaClient, hospitalId: string): Promise<StaffRef[]> {
  return prisma.user.findMany({ where: { hospitalId, isActive: true, role: { not: 'SUPER_ADMIN' } }, select: SELECT });
}

export const byName = (a: StaffRef, b: StaffRef) => `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`) || a.id.localeCompare(b.id);
