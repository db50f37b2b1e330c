import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiProcessCount, runApiPrimary } from './api-processes';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { createHttpAdapter } from './common/http/http-adapter';
import { appConfig, type AppConfig } from './config/configuration';

async function serve(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(appConfig()), { bufferLogs: true, bodyParser: false });
  await configureApp(app);
  const { port } = app.get<AppConfig>(appConfig.KEY);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
}

function main(): void {
  const processes = apiProcessCount(process.env.API_PROCESSES);
  if (processes > 1 && cluster.isPrimary) return runApiPrimary(processes);
  serve().catch((error: unknown) => {
    // Configuration errors are the common case here: print them plainly and stop.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
