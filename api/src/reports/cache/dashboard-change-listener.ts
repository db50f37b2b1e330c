import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DASHBOARD_CHANNEL, listenForNotifications } from '@hospital-crm/db';
import { databaseConfig, type DatabaseConfig } from '../../config/configuration';
import { invalidateDashboardHere } from './dashboard-invalidation';

/**
 * Hears the writes that reach PostgreSQL without passing through this API's write paths (the
 * worker's workflows finishing a campaign, turning a task overdue, rescoring leads, importing
 * them): the dashboard triggers NOTIFY the hospital's id, and this process drops its cached
 * dashboard. Every API process listens, so none tells its peers.
 */
@Injectable()
export class DashboardChangeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DashboardChangeListener.name);
  private listener?: { close: () => Promise<void> };

  constructor(@Inject(databaseConfig.KEY) private readonly database: DatabaseConfig) {}

  onModuleInit(): void {
    this.listener = listenForNotifications({
      url: this.database.url,
      channel: DASHBOARD_CHANNEL,
      applicationName: 'hospital-crm-api-listener',
      onNotification: (hospitalId) => void invalidateDashboardHere(hospitalId),
      onError: (error) => this.logger.warn(`dashboard change listener: ${error.message}; reconnecting`),
      onReconnected: () => this.logger.warn('dashboard change listener reconnected: changes made meanwhile show once cached dashboards expire (5 minutes)'),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
  }
}
