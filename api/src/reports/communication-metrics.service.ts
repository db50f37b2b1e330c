import { Injectable } from '@nestjs/common';
import { bucketCounts, COMMUNICATION_CHANNELS, deliverySummary, type ReportInterval, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { communicationCounts, outboundPerDay, type ChannelStatusCount } from './queries/activity-queries';
import { rangeView } from './report-ranges';

/**
 * GET /crm/reports/communication-metrics: communications created in the range by channel and
 * status, delivery/read/response rates of what went to a provider, and outbound volume per bucket.
 */
@Injectable()
export class CommunicationMetricsService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async build(hospitalId: string, range: ReportRange, interval: ReportInterval) {
    const [counts, perDay] = await Promise.all([communicationCounts(this.prisma, hospitalId, range), outboundPerDay(this.prisma, hospitalId, range)]);
    const channels = COMMUNICATION_CHANNELS.filter((channel) => counts.some((c) => c.channel === channel));
    return {
      range: rangeView(range),
      interval,
      totals: { ...volume(counts), ...deliverySummary(counts) },
      byChannel: channels.map((channel) => {
        const rows = counts.filter((c) => c.channel === channel);
        return { channel, ...volume(rows), ...deliverySummary(rows) };
      }),
      // Outbound messages sent or logged (not waiting, not cancelled), counted on the local day they were created.
      series: bucketCounts(perDay, range.from, range.to, interval).map(({ bucket, total, counts: byChannel }) => ({ bucket, total, byChannel })),
    };
  }
}

function volume(rows: readonly ChannelStatusCount[]) {
  const byStatus: Record<string, number> = {};
  let inbound = 0;
  let outbound = 0;
  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
    if (row.direction === 'INBOUND') inbound += row.count;
    else outbound += row.count;
  }
  return { total: inbound + outbound, inbound, outbound, byStatus };
}
