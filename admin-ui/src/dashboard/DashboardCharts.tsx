// The seed's seven charts over the last 30 days, from one call to GET /crm/reports/charts.
// Loaded lazily by the dashboard, so the metric cards never wait for the chart library.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
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
    const message = errorMessage(error);
    return (
      <Alert
        severity="error"
        data-testid="charts-error"
        action={
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            {translate('crm.dashboard.retry')}
          </Button>
        }
      >
        {translate('crm.dashboard.charts.error', { message: translate(message, { _: message }) })}
      </Alert>
    );
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
