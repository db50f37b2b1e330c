import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { databaseConfig, type DatabaseConfig } from '../../config/configuration';

const PRISMA = Symbol('PrismaClient');

/** Injects the API's one Prisma client (built by the shared factory, driver adapter pg). */
export const InjectPrisma = () => Inject(PRISMA);
export type { PrismaClient };

@Global()
@Module({
  providers: [
    {
      provide: PRISMA,
      inject: [databaseConfig.KEY],
      useFactory: (config: DatabaseConfig): PrismaClient =>
        createPrismaClient({ url: config.url, poolSize: config.poolSize, applicationName: 'hospital-crm-api' }),
    },
  ],
  exports: [PRISMA],
})
export class PrismaModule implements OnApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async onApplicationShutdown(): Promise<void> {
    await this.moduleRef.get<PrismaClient>(PRISMA).$disconnect();
  }
}
