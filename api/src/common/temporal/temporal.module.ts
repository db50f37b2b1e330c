import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { temporalConfig, type TemporalConfig } from '../../config/configuration';
import { LeadScoreTrigger } from './lead-score.trigger';

import { TEMPORAL_CLIENT, TEMPORAL_PROBE } from './temporal.tokens';

export { InjectTemporal, InjectTemporalProbe, TemporalClient } from './temporal.tokens';

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [temporalConfig.KEY],
      // Lazy: the API boots (and reports Temporal as down in /health) even when Temporal is not up yet.
      useFactory: (config: TemporalConfig): Client => new Client({ connection: Connection.lazy({ address: config.address }), namespace: config.namespace }),
    },
    {
      provide: TEMPORAL_PROBE,
      inject: [temporalConfig.KEY],
      useFactory: (config: TemporalConfig): Connection => Connection.lazy({ address: config.address, interceptors: [] }),
    },
    LeadScoreTrigger,
  ],
  exports: [TEMPORAL_CLIENT, TEMPORAL_PROBE, LeadScoreTrigger],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async onApplicationShutdown(): Promise<void> {
    await this.moduleRef.get<Client>(TEMPORAL_CLIENT).connection.close();
    await this.moduleRef.get<Connection>(TEMPORAL_PROBE).close();
  }
}
