// The home page: a greeting, the seed's eight metrics from GET /crm/reports/dashboard, then its
// seven charts from GET /crm/reports/charts.
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { ChartsLoading } from './ChartsLoading';
import { DASHBOARD_METRICS } from './dashboardMetrics';
import { MetricCard } from './MetricCard';
import { MetricsUnavailable } from './MetricsUnavailable';
import { useDashboardMetrics } from './useDashboardMetrics';
import { WelcomeBanner } from './WelcomeBanner';

// recharts loads with the charts, after the metric cards are on screen.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const MetricsGrid = () => {
  const { data, error, isPending, isFetching, refetch } = useDashboardMetrics();
  return (
    <Stack spacing={2}>
      {error && <MetricsUnavailable error={error} retrying={isFetching} onRetry={() => void refetch()} />}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' },
        }}
      >
        {DASHBOARD_METRICS.map((metric) => (
          <MetricCard key={metric.key} metric={metric} value={data?.[metric.key]} loading={isPending && !error} />
        ))}
      </Box>
      <Suspense fallback={<ChartsLoading />}>
        <DashboardCharts />
      </Suspense>
    </Stack>
  );
};

/** Roles without the reports area (receptionists, clinical staff) get a short pointer instead of metrics. */
const LimitedHome = () => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent sx={{ p: 3 }}>
        <Typography variant="h6">{translate('crm.dashboard.limited.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('crm.dashboard.limited.body')}
        </Typography>
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'list', resource: 'dashboard' });
  return (
    <Stack spacing={3} sx={{ py: 3, px: { xs: 1, sm: 2 } }}>
      <Title title={translate('crm.menu.dashboard')} />
      <WelcomeBanner />
      {isPending ? null : canAccess ? <MetricsGrid /> : <LimitedHome />}
    </Stack>
  );
};
