import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { appConfig, type AppConfig } from './config/configuration';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  const { port } = app.get<AppConfig>(appConfig.KEY);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
}

bootstrap().catch((error: unknown) => {
  // Configuration errors are the common case here: print them plainly and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
