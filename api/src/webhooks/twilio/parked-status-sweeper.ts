import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ParkedStatusStore } from './parked-status-store';
import { PARKED_BATCH, TwilioStatusService } from './twilio-status.service';

/** How often each API process looks for kept status callbacks whose message has since recorded its sid. */
export const PARKED_SWEEP_MS = 3_000;

/**
 * Applies kept Twilio status callbacks once their message's sid is recorded (the send activity stores it after
 * Twilio answers, and a failure or a quick delivery can be reported before that), and drops the expired ones.
 * Every API process sweeps; the claim skips rows another process holds. An outage only delays the sweep.
 */
@Injectable()
export class ParkedStatusSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ParkedStatusSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly statuses: TwilioStatusService,
    private readonly store: ParkedStatusStore,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), PARKED_SWEEP_MS);
    this.timer.unref();
  }

  /** One pass; a pass still running makes this a no-op. */
  sweep(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      while ((await this.statuses.applyParked()) === PARKED_BATCH);
      const dropped = await this.store.purgeExpired();
      if (dropped) this.logger.warn(`${dropped} Twilio status callback(s) for messages never recorded were dropped after waiting a week`);
    } catch (error) {
      this.logger.warn(`kept Twilio status callbacks not applied this time: ${(error as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
