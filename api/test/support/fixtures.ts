import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { PrismaClient, UserRole } from '@hospital-crm/db';
import type { TestApp } from './test-app';

export const PASSWORD = 'Correct-Horse-9';
const passwordHash = bcrypt.hashSync(PASSWORD, 4);

export interface HospitalFixture {
  id: string;
  code: string;
  users: Record<'admin' | 'receptionist' | 'doctor', { id: string; email: string }>;
}

/** A hospital of its own per test file, so files run in parallel without seeing each other's rows. */
export async function createHospital(prisma: PrismaClient, label = 'T'): Promise<HospitalFixture> {
  const suffix = randomUUID().slice(0, 8);
  const code = `${label}${suffix}`.toUpperCase();
  const hospital = await prisma.hospital.create({ data: { name: `Test Hospital ${code}`, code, timezone: 'Asia/Kolkata' } });
  const user = (role: UserRole, who: string) =>
    prisma.user.create({
      data: { hospitalId: hospital.id, email: `${who}.${suffix}@test.example`, passwordHash, role, firstName: who, lastName: code },
      select: { id: true, email: true },
    });
  return {
    id: hospital.id,
    code,
    users: { admin: await user('HOSPITAL_ADMIN', 'admin'), receptionist: await user('RECEPTIONIST', 'reception'), doctor: await user('DOCTOR', 'doctor') },
  };
}

export async function createSuperAdmin(prisma: PrismaClient): Promise<{ id: string; email: string }> {
  return prisma.user.create({
    data: { email: `super.${randomUUID().slice(0, 8)}@test.example`, passwordHash, role: 'SUPER_ADMIN', firstName: 'Super', lastName: 'Admin' },
    select: { id: true, email: true },
  });
}

/** Signs in through the real login endpoint and returns the bearer token. */
export async function tokenFor(app: TestApp, email: string, password = PASSWORD): Promise<string> {
  const res = await app.http().post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.accessToken as string;
}
