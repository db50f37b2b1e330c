import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { createHttpAdapter } from '../../src/common/http/http-adapter';
import { appConfig, type AppConfig } from '../../src/config/configuration';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  /** A separate client for arranging fixtures and reading back what the API wrote. */
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/** The real AppModule on the real database and Temporal server the test runner started. */
export async function createTestApp(): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const adapter = createHttpAdapter(moduleRef.get<AppConfig>(appConfig.KEY));
  const app = moduleRef.createNestApplication<NestFastifyApplication>(adapter, { bodyParser: false, logger: false });
  await configureApp(app);
  await app.init();
  // supertest talks to the Node server: Fastify must have loaded its plugins and routes first.
  await app.getHttpAdapter().getInstance().ready();
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
