import { defineConfig } from 'prisma/config';

// The CLI reads this file. DATABASE_URL is only needed by commands that talk to a database.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/hospital_crm' },
});
