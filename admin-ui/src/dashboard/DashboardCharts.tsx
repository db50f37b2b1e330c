// The seed's seven charts over the last 30 days, from one call to GET /crm/reports/charts.
// Loaded lazily by the dashboard, so the metric cards never wait for the chart library.
import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { RetryAlert } from '../common/RetryAlert';
import { useCrmDataProvider } from '../providers/dataProvider';
import { bucketLabel, chartHasData } from './chartModel';
import { CHARTS_GRID, ChartsLoading } from './ChartsLoading';
import { CommunicationVolumeChart, NpsTrendChart, TaskCompletionChart } from './charts/FollowUpCharts';
import { ConversionBySourceChart, LeadsBySourceChart, LeadTrendChart, PipelineFunnelChart } from './charts/LeadCharts';

const CHARTS = [
  ['pipelineFunnel', PipelineFunnelChart],
  ['leadsBySource', LeadsBySourceChart],
  ['leadTrend', LeadTrendChart],
  ['conversionBySource', ConversionBySourceChart],
  ['taskCompletion', TaskCompletionChart],
  ['npsTrend', NpsTrendChart],
  ['communicationVolume', CommunicationVolumeChart],
] as const;

export const DashboardCharts = () => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: ['crm', 'reports', 'charts'],
    queryFn: async ({ signal }) => (await dataProvider.getReportCharts(signal)).data,
    retry: false,
  });

  if (error) {
    return <RetryAlert messageKey="crm.dashboard.charts.error" error={error} retrying={isFetching} onRetry={() => void refetch()} testId="charts-error" />;
  }
  if (isPending) return <ChartsLoading />;

  const hasData = chartHasData(data);
  return (
    <Box data-testid="dashboard-charts">
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="charts-range">
        {translate('crm.dashboard.charts.range', { from: bucketLabel(data.range.from), to: bucketLabel(data.range.to) })}
      </Typography>
      <Box sx={CHARTS_GRID}>
        {CHARTS.map(([id, Chart]) => (
          <Chart key={id} charts={data} hasData={hasData[id]} />
        ))}
      </Box>
    </Box>
  );
};

export default DashboardCharts;
