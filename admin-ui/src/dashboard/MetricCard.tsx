import { Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { formatMetric, type MetricDefinition } from './dashboardMetrics';

type MetricCardProps = {
  metric: MetricDefinition;
  value: number | null | undefined;
  loading: boolean;
};

/** One headline number: skeleton while loading, a dash when there is no value. */
export const MetricCard = ({ metric, value, loading }: MetricCardProps) => {
  const translate = useTranslate();
  const { icon: Icon, color } = metric;
  const formatted = formatMetric(value, metric.format);
  const alert = metric.alertWhenPositive && typeof value === 'number' && value > 0;

  return (
    <Card sx={{ height: '100%' }} data-testid={`metric-${metric.key}`} data-state={loading ? 'loading' : 'ready'}>
      <CardContent sx={{ p: 2.5, '&:last-child': { pb: 2.5 } }}>
        <Stack direction="row" spacing={2} alignItems="flex-start">
          <Box
            sx={{
              width: 44,
              height: 44,
              flexShrink: 0,
              borderRadius: '12px',
              display: 'grid',
              placeItems: 'center',
              color,
              backgroundColor: alpha(color, 0.12),
              border: `1px solid ${alpha(color, 0.2)}`,
            }}
          >
            <Icon />
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 500 }}>
              {translate(`crm.dashboard.metrics.${metric.key}.label`)}
            </Typography>
            {loading ? (
              <Skeleton variant="text" width={72} sx={{ fontSize: '2rem' }} />
            ) : (
              <Typography variant="h4" component="p" sx={{ color: alert ? 'warning.main' : formatted ? 'text.primary' : 'text.disabled' }}>
                {formatted ?? translate('crm.dashboard.no_value')}
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {translate(`crm.dashboard.metrics.${metric.key}.hint`)}
            </Typography>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};
