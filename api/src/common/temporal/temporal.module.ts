import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { temporalConfig, type TemporalConfig } from '../../config/configuration';

const TEMPORAL_CLIENT = Symbol('TemporalClient');

/** The API's one Temporal client: it starts, signals, updates and queries workflows, never runs them. */
export const InjectTemporal = () => Inject(TEMPORAL_CLIENT);
export { Client as TemporalClient };

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [temporalConfig.KEY],
      // Lazy: the API boots (and reports Temporal as down in /health) even when Temporal is not up yet.
      useFactory: (config: TemporalConfig): Client =>
        new Client({ connection: Connection.lazy({ address: config.address }), namespace: config.namespace }),
    },
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async onApplicationShutdown(): Promise<void> {
    await this.moduleRef.get<Client>(TEMPORAL_CLIENT).connection.close();
  }
}
