// The frame every dashboard chart sits in: a title, a line on what it counts, and either the
// chart or a sentence saying the range holds nothing to draw.
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { ReactElement, ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { ResponsiveContainer } from 'recharts';
import type { ChartId } from '../chartModel';

type ChartCardProps = {
  id: ChartId;
  hasData: boolean;
  /** The recharts chart, sized by the card. */
  children: ReactElement;
  /** A figure shown beside the title (a rate, a total). */
  headline?: ReactNode;
  height?: number;
};

export const ChartCard = ({ id, hasData, children, headline, height = 260 }: ChartCardProps) => {
  const translate = useTranslate();
  const title = translate(`crm.dashboard.charts.${id}.title`);
  return (
    <Card sx={{ height: '100%' }} data-testid={`chart-${id}`} data-empty={String(!hasData)}>
      <CardContent sx={{ p: 2.5, '&:last-child': { pb: 2.5 } }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 0.25 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flex: 1 }}>
            {title}
          </Typography>
          {headline}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
          {translate(`crm.dashboard.charts.${id}.hint`)}
        </Typography>
        {hasData ? (
          <Box sx={{ height }} role="img" aria-label={title}>
            <ResponsiveContainer width="100%" height="100%">
              {children}
            </ResponsiveContainer>
          </Box>
        ) : (
          <Box sx={{ height, display: 'grid', placeItems: 'center', textAlign: 'center', px: 2 }}>
            <Typography variant="body2" color="text.secondary" data-testid="chart-empty">
              {translate('crm.dashboard.charts.empty')}
            </Typography>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** Axis and grid styling shared by every chart, from the theme (light and dark). */
export const useChartStyle = () => {
  const theme = useTheme();
  return {
    axis: { tick: { fill: theme.palette.text.secondary, fontSize: 12 }, stroke: theme.palette.divider },
    grid: { strokeDasharray: '3 3', stroke: theme.palette.divider },
    tooltip: { contentStyle: { borderRadius: 12, border: `1px solid ${theme.palette.divider}`, background: theme.palette.background.paper } },
  };
};

/** A figure beside a chart's title. */
export const Headline = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="p" color="primary.main" sx={{ fontWeight: 700 }} data-testid="chart-headline">
    {children}
  </Typography>
);
