import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HospitalId, RequireArea } from '../common/auth';
import { DashboardMetricsService } from './dashboard-metrics.service';

@ApiTags('reports')
@RequireArea('reports')
@Controller('crm/reports')
export class ReportsController {
  constructor(private readonly dashboard: DashboardMetricsService) {}

  @Get('dashboard')
  @ApiOkResponse({ description: "The seed's eight dashboard metrics for the hospital (cached for 5 minutes)" })
  getDashboard(@HospitalId() hospitalId: string) {
    return this.dashboard.get(hospitalId);
  }
}
