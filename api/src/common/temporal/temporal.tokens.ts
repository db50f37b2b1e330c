import { Inject } from '@nestjs/common';
import { Client } from '@temporalio/client';

export const TEMPORAL_CLIENT = Symbol('TemporalClient');
export const TEMPORAL_PROBE = Symbol('TemporalProbe');

/** The API's one Temporal client: it starts, signals, updates and queries workflows, never runs them. */
export const InjectTemporal = () => Inject(TEMPORAL_CLIENT);
export { Client as TemporalClient };

/** A connection without the client's retry interceptor, for health probes that must answer fast and leave nothing pending. */
export const InjectTemporalProbe = () => Inject(TEMPORAL_PROBE);
