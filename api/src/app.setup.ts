import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { appConfig, type AppConfig } from './config/configuration';
import { createValidationPipe } from './common/envelope';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT = '1mb';

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

/** Everything main.ts and the e2e tests share: prefix, pipes, security headers, body limits, docs. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(appConfig.KEY);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.use(helmet());
  app.enableCors({ origin: config.corsOrigins, credentials: false });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  // Lead import: the CSV file is the body.
  app.useBodyParser('text', { type: 'text/csv', limit: '10mb' });
  app.set('trust proxy', config.trustProxy);
  // No ETag: hashing every JSON body costs each request CPU, and no client revalidates API answers.
  app.set('etag', false);
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/json' });
}
