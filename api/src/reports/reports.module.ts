import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DashboardCache } from './cache/dashboard-cache';
import { DashboardChangeListener } from './cache/dashboard-change-listener';
import { DashboardStore } from './cache/dashboard-store';
import { InvalidateOnWriteInterceptor } from './cache/invalidate-on-write.interceptor';
import { RedisDashboardCache } from './cache/redis-dashboard-cache';
import { ChartsService } from './charts.service';
import { CommunicationMetricsService } from './communication-metrics.service';
import { DashboardMetricsService } from './dashboard-metrics.service';
import { LeadConversionService } from './lead-conversion.service';
import { ReportRanges } from './report-ranges';
import { ReportsController } from './reports.controller';
import { RoiBySourceService } from './roi-by-source.service';
import { StaffPerformanceService } from './staff-performance.service';

@Module({
  controllers: [ReportsController],
  providers: [
    // Built here, not injected: its constructor's size and clock are for tests.
    { provide: DashboardCache, useFactory: () => new DashboardCache() },
    // The shared tier when REDIS_URL is set (every replica reads what one computed).
    {
      provide: DashboardStore,
      useFactory: (local: DashboardCache) => new DashboardStore(local, process.env.REDIS_URL ? new RedisDashboardCache(process.env.REDIS_URL) : null),
      inject: [DashboardCache],
    },
    { provide: APP_INTERCEPTOR, useClass: InvalidateOnWriteInterceptor },
    DashboardChangeListener,
    ReportRanges,
    DashboardMetricsService,
    LeadConversionService,
    CommunicationMetricsService,
    StaffPerformanceService,
    RoiBySourceService,
    ChartsService,
  ],
})
export class ReportsModule {}
