/* `npm run db:seed`: loads the demo hospitals (idempotent) and prints the sign-ins. */
import { createPrismaClient } from '../client-factory';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemoData } from './seed';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const prisma = createPrismaClient({ url, poolSize: 2, applicationName: 'hospital-crm-seed' });
  try {
    await seedDemoData(prisma);
    console.log(`seeded ${DEMO_ACCOUNTS.length} demo accounts in 2 hospitals`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
