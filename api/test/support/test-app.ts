import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

export interface TestApp {
  app: NestExpressApplication;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  /** A separate client for arranging fixtures and reading back what the API wrote. */
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/** The real AppModule on the real database and Temporal server the test runner started. */
export async function createTestApp(): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  await app.init();
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4, applicationName: 'api-e2e-fixtures' });
  return {
    app,
    http: () => request(app.getHttpServer()),
    prisma,
    close: async () => {
      await app.close();
      await prisma.$disconnect();
    },
  };
}
