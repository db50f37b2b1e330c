import { Inject } from '@nestjs/common';
import { Client } from '@temporalio/client';

export const TEMPORAL_CLIENT = Symbol('TemporalClient');

/** The API's one Temporal client: it starts, signals, updates and queries workflows, never runs them. */
export const InjectTemporal = () => Inject(TEMPORAL_CLIENT);
export { Client as TemporalClient };
