// The dashboard's seven charts read off GET /crm/reports/charts: labels, colours, and whether a
// chart has anything to draw (an empty range shows a sentence, not blank axes).
import { COMMUNICATION_CHANNEL_LABELS, humanize, LEAD_SOURCE_LABELS, LEAD_STATUS_META, type CommunicationChannel, type LeadSource } from '@hospital-crm/domain';
import type { ReportCharts } from '../providers/apiTypes';
import { fullName } from '../common/display';

/** Distinct, readable on glass, starting from the brand's violet. */
export const SERIES_COLORS = ['#7c3aed', '#0ea5e9', '#10b981', '#f59e0b', '#ec4899', '#6366f1', '#14b8a6', '#ef4444', '#84cc16', '#a855f7', '#64748b'];

export const CHANNEL_COLORS: Partial<Record<CommunicationChannel, string>> = {
  EMAIL: '#7c3aed',
  SMS: '#0ea5e9',
  WHATSAPP: '#22c55e',
  PHONE_CALL: '#f59e0b',
  IN_PERSON: '#ec4899',
  VIDEO_CALL: '#6366f1',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-24" → "24 Nov", "2026-11" → "Nov 2026": buckets are the hospital's calendar days, not instants. */
export const bucketLabel = (bucket: string): string => {
  const [year, month, day] = bucket.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name}` : `${name} ${year}`;
};

const sourceLabel = (source: LeadSource) => LEAD_SOURCE_LABELS[source] ?? humanize(source);
const channelLabel = (channel: string) => COMMUNICATION_CHANNEL_LABELS[channel as CommunicationChannel] ?? humanize(channel);

export const funnelBars = (funnel: ReportCharts['pipelineFunnel']) =>
  funnel.map((step) => ({
    ...step,
    label: LEAD_STATUS_META[step.stage]?.label ?? humanize(step.stage),
    color: LEAD_STATUS_META[step.stage]?.color ?? SERIES_COLORS[0],
  }));

/** Sources with leads, largest first, each with its slice colour. */
export const sourceSlices = (bySource: ReportCharts['leadsBySource']) =>
  bySource
    .filter((s) => s.leads > 0)
    .sort((a, b) => b.leads - a.leads)
    .map((s, i) => ({ ...s, label: sourceLabel(s.source), color: SERIES_COLORS[i % SERIES_COLORS.length] }));

export const conversionBars = (bySource: ReportCharts['conversionBySource']) =>
  bySource
    .filter((s) => s.leads > 0)
    .sort((a, b) => (b.conversionRate ?? -1) - (a.conversionRate ?? -1) || b.leads - a.leads)
    .map((s) => ({ ...s, label: sourceLabel(s.source), rate: s.conversionRate ?? 0 }));

export const trendPoints = (trend: ReportCharts['leadTrend']) => trend.map((p) => ({ ...p, label: bucketLabel(p.bucket) }));

export const npsPoints = (trend: ReportCharts['npsTrend']) => trend.map((p) => ({ ...p, label: bucketLabel(p.bucket) }));

/** One row per bucket with a column per channel, and the channels that sent anything (legend order). */
export const volumeRows = (series: ReportCharts['communicationVolume']) => {
  const channels = [
    ...new Set(
      series.flatMap((b) =>
        Object.entries(b.byChannel)
          .filter(([, n]) => (n ?? 0) > 0)
          .map(([channel]) => channel),
      ),
    ),
  ].sort();
  const rows = series.map((b) => ({
    label: bucketLabel(b.bucket),
    total: b.total,
    ...Object.fromEntries(channels.map((c) => [c, b.byChannel[c as CommunicationChannel] ?? 0])),
  }));
  return {
    rows,
    channels: channels.map((channel) => ({
      channel,
      label: channelLabel(channel),
      color: CHANNEL_COLORS[channel as CommunicationChannel] ?? SERIES_COLORS[5],
    })),
  };
};

/** Staff with tasks due in the range, by completion rate. */
export const staffCompletion = (byStaff: ReportCharts['taskCompletion']['byStaff']) =>
  byStaff
    .filter((s) => s.due > 0)
    .map((s) => ({ name: fullName(s.staff), due: s.due, completed: s.completed, rate: s.completionRate ?? 0 }))
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name));

/** Whether each chart has something to draw. */
export const chartHasData = (charts: ReportCharts) => ({
  pipelineFunnel: charts.pipelineFunnel.some((s) => s.reached > 0),
  leadsBySource: charts.leadsBySource.some((s) => s.leads > 0),
  leadTrend: charts.leadTrend.some((p) => p.created > 0 || p.converted > 0),
  conversionBySource: charts.conversionBySource.some((s) => s.leads > 0),
  taskCompletion: charts.taskCompletion.due > 0,
  npsTrend: charts.npsTrend.some((p) => p.responses > 0),
  communicationVolume: charts.communicationVolume.some((b) => b.total > 0),
});

export type ChartId = keyof ReturnType<typeof chartHasData>;
