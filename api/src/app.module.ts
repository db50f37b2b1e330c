import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, authConfig, cryptoConfig, databaseConfig, messagingConfig, temporalConfig, type AppConfig } from './config/configuration';
import { AreaGuard, JwtAuthGuard } from './common/auth';
import { AuthUserCacheModule } from './common/auth/auth-user-cache.module';
import { PeersModule } from './common/peers';
import { ErrorEnvelopeFilter, SuccessEnvelopeInterceptor } from './common/envelope';
import { PrismaModule } from './common/prisma/prisma.module';
import { TemporalModule } from './common/temporal/temporal.module';
import { AuditModule } from './common/audit/audit.module';
import { redactLinkTokens } from './common/logging/redact-link-tokens';
import { BodyCipherModule } from './common/crypto/body-cipher.module';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { HospitalsModule } from './hospitals/hospitals.module';
import { UsersModule } from './users/users.module';
import { SettingsModule } from './settings/settings.module';
import { LeadsModule } from './leads/leads.module';
import { LeadImportModule } from './lead-import/lead-import.module';
import { TagsModule } from './tags/tags.module';
import { TasksModule } from './tasks/tasks.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CommunicationsModule } from './communications/communications.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { TemplatesModule } from './templates/templates.module';
import { ReportsModule } from './reports/reports.module';
import { SurveysModule } from './surveys/surveys.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { WebhooksModule } from './webhooks/webhooks.module';

const REQUEST_LOG_LEVELS = new Set(['trace', 'debug', 'info']);
// The request log runs as Nest middleware, under @fastify/middie, which cuts req.url down to what
// follows the middleware's path; originalUrl keeps the whole of it.
const wholeUrl = (req: IncomingMessage & { originalUrl?: string }) => req.originalUrl ?? req.url;

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig, databaseConfig, authConfig, temporalConfig, cryptoConfig, messagingConfig] }),
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: AppConfig) => ({
        // Every route, in the path syntax of Nest 11 (the library's default '*' is converted with a warning at boot).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: app.logLevel,
          // Secrets never reach the logs.
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'req.body.password'],
          serializers: { req: redactLinkTokens },
          // Request logs are written at info: at a higher level all of them would be dropped, so none is built.
          autoLogging: REQUEST_LOG_LEVELS.has(app.logLevel) ? { ignore: (req) => wholeUrl(req) === '/api/v1/health' } : false,
          transport: app.env === 'development' && process.stdout.isTTY ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
        },
      }),
    }),
    PrismaModule,
    PeersModule,
    AuthUserCacheModule,
    TemporalModule,
    AuditModule,
    BodyCipherModule,
    AuthModule,
    HealthModule,
    HospitalsModule,
    UsersModule,
    SettingsModule,
    LeadImportModule,
    LeadsModule,
    TagsModule,
    TasksModule,
    NotificationsModule,
    CommunicationsModule,
    IntegrationsModule,
    TemplatesModule,
    ReportsModule,
    SurveysModule,
    CampaignsModule,
    WebhooksModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: AreaGuard },
    { provide: APP_INTERCEPTOR, useClass: SuccessEnvelopeInterceptor },
    { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
  ],
})
export class AppModule {}
