import helmet from '@fastify/helmet';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { appConfig, type AppConfig } from './config/configuration';
import { createValidationPipe } from './common/envelope';
import { registerBodyParsers } from './common/http/body-parsers';

export const API_PREFIX = 'api/v1';
/** What Express's cors allowed (@fastify/cors allows GET, HEAD and POST unless told). */
const CORS_METHODS = 'GET,HEAD,PUT,PATCH,POST,DELETE';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('hospital-crm API')
    .setDescription(
      'CRM for hospitals: leads, communications, tasks, campaigns, surveys and reports. ' +
        'Responses are `{ success: true, data }`; errors are `{ success: false, error: { code, message, details } }`.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  return documentUuidParams(SwaggerModule.createDocument(app, config));
}

// Every :id, :jobId and :tagId is a row's UUID, checked by ParseUUIDPipe (400 otherwise); the
// document says so, so clients and fuzzers send one (api/test/security/hostile-bodies checks both).
const UUID_PARAMS = new Set(['id', 'jobId', 'tagId']);

function documentUuidParams(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of (operation as { parameters?: Array<{ in?: string; name?: string; schema?: unknown }> }).parameters ?? []) {
        if (parameter.in === 'path' && parameter.name && UUID_PARAMS.has(parameter.name)) parameter.schema = { type: 'string', format: 'uuid' };
      }
    }
  }
  return document;
}

/**
 * Everything main.ts and the e2e tests share: prefix, pipes, security headers, CORS, body parsers, docs.
 * The app comes from createHttpAdapter (trust proxy). Fastify sends no ETag.
 */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(appConfig.KEY);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  await app.register(helmet);
  // Not strict: any OPTIONS is answered as a preflight, as Express's cors did.
  app.enableCors({ origin: config.corsOrigins, credentials: false, methods: CORS_METHODS, strictPreflight: false });
  await registerBodyParsers(app.getHttpAdapter().getInstance());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/json' });
}
