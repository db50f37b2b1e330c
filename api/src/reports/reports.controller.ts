import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HospitalId, RequireArea } from '../common/auth';
import { ChartsService } from './charts.service';
import { CommunicationMetricsService } from './communication-metrics.service';
import { DashboardMetricsService } from './dashboard-metrics.service';
import { ReportRangeQueryDto, ReportSeriesQueryDto } from './dto/report-query.dto';
import { LeadConversionService } from './lead-conversion.service';
import { ReportRanges } from './report-ranges';
import { RoiBySourceService } from './roi-by-source.service';
import { StaffPerformanceService } from './staff-performance.service';

// Every report takes from/to as local days of the hospital (default: the last 30 days) and
// answers with the range it covered. Rates are percentages to one decimal, null when nothing
// to divide by; durations are hours to one decimal.
@ApiTags('reports')
@RequireArea('reports')
@Controller('crm/reports')
export class ReportsController {
  constructor(
    private readonly ranges: ReportRanges,
    private readonly dashboard: DashboardMetricsService,
    private readonly conversion: LeadConversionService,
    private readonly communications: CommunicationMetricsService,
    private readonly staff: StaffPerformanceService,
    private readonly roi: RoiBySourceService,
    private readonly charts: ChartsService,
  ) {}

  @Get('dashboard')
  @ApiOperation({ summary: "The seed's eight dashboard metrics (cached 5 minutes; writes drop the cache)" })
  @ApiOkResponse({
    description:
      'totalLeads, avgLeadScore (open leads), openTasks, overdueTasks, activeCampaigns: now. newLeadsThisMonth: since the 1st of this local month. ' +
      'newLeads, conversionRate (converted ÷ (converted + lost) of the leads created in the range), avgNps and npsResponses: the range.',
  })
  getDashboard(@HospitalId() hospitalId: string, @Query() query: ReportRangeQueryDto) {
    return this.dashboard.get(hospitalId, query);
  }

  @Get('lead-conversion')
  @ApiOperation({ summary: 'Leads created in the range through the pipeline, by source and by owner' })
  @ApiOkResponse({
    description:
      'funnel: leads that reached each stage (furthest stage ever, LOST leads included up to where they got). ' +
      'conversionRate: converted ÷ (converted + lost). timeToConvert: median and mean hours from creation to conversion.',
  })
  async leadConversion(@HospitalId() hospitalId: string, @Query() query: ReportRangeQueryDto) {
    return this.conversion.build(hospitalId, await this.ranges.resolve(hospitalId, query));
  }

  @Get('communication-metrics')
  @ApiOperation({ summary: 'Communications created in the range by channel and status, rates, and outbound volume per day/week/month' })
  @ApiOkResponse({
    description:
      'sent: outbound messages handed to a provider (failed included; scheduled, queued, cancelled and logged ones not). ' +
      'deliveryRate, readRate, responseRate, failureRate: delivered / read / responded / failed ÷ sent. series: outbound messages sent or logged per bucket and channel.',
  })
  async communicationMetrics(@HospitalId() hospitalId: string, @Query() query: ReportSeriesQueryDto) {
    return this.communications.build(hospitalId, await this.ranges.resolve(hospitalId, query), query.interval ?? 'day');
  }

  @Get('staff-performance')
  @ApiOperation({ summary: 'Per member of staff: leads, conversions, tasks and first-response time in the range' })
  @ApiOkResponse({
    description:
      'leads.assigned: leads created in the range and assigned to them; leads.conversions: their leads converted in the range. ' +
      'tasks: due in the range (cancelled left out), completed, completedOnTime (completedAt ≤ dueDate), completionRate, onTimeRate. ' +
      'firstResponse: hours from lead creation to the first outbound message or logged contact by staff (campaign messages excluded); awaiting = none yet.',
  })
  async staffPerformance(@HospitalId() hospitalId: string, @Query() query: ReportRangeQueryDto) {
    return this.staff.build(hospitalId, await this.ranges.resolve(hospitalId, query));
  }

  @Get('roi-by-source')
  @ApiOperation({ summary: 'Revenue of converted leads by source and campaign, against campaign cost' })
  @ApiOkResponse({
    description:
      'revenue: PAID invoices of the patients converted in the range, issued within attributionWindowDays after the conversion (per currency); ' +
      'outstanding: ISSUED ones not yet paid. cost: costPerMessage × sentCount. roiPercent: (revenue − cost) ÷ cost, when the revenue is in one currency.',
  })
  async roiBySource(@HospitalId() hospitalId: string, @Query() query: ReportRangeQueryDto) {
    return this.roi.build(hospitalId, await this.ranges.resolve(hospitalId, query));
  }

  @Get('charts')
  @ApiOperation({ summary: "The series of the seed's seven dashboard charts, for one range" })
  @ApiOkResponse({
    description:
      'pipelineFunnel, leadsBySource, leadTrend (created and converted per bucket), conversionBySource, taskCompletion (overall and by staff), ' +
      'npsTrend (NPS of the answers per bucket), communicationVolume (outbound per bucket and channel).',
  })
  async getCharts(@HospitalId() hospitalId: string, @Query() query: ReportSeriesQueryDto) {
    return this.charts.build(hospitalId, await this.ranges.resolve(hospitalId, query), query.interval ?? 'day');
  }
}
