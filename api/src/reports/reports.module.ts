import { Module } from '@nestjs/common';
import { DashboardMetricsService } from './dashboard-metrics.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [DashboardMetricsService] })
export class ReportsModule {}
