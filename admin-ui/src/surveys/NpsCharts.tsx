// The survey's NPS drawn three ways: the promoter/passive/detractor split as one bar, the 0-10
// answers as columns in their category's colour, and NPS with the response count over time.
// Drawn without animation: the numbers are the point, and motion helps no one read them.
import { Box, Stack, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import type { NpsSummary } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { StatusDot } from '../common/ColorChip';
import type { SurveyAnalytics } from '../providers/apiTypes';
import { BRAND } from '../theme';
import { distributionBars, NPS_CATEGORY_COLORS, npsSplit, trendPoints } from './surveyAnalyticsModel';

/** Three shares side by side; the legend gives counts and percentages in words, for screen readers too. */
export const NpsSplitBar = ({ nps }: { nps: NpsSummary }) => {
  const translate = useTranslate();
  const split = npsSplit(nps);
  return (
    <Box data-testid="nps-split">
      <Box sx={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', bgcolor: 'action.hover' }} aria-hidden="true">
        {split.map((share) => (
          <Box key={share.category} sx={{ width: `${share.percent}%`, backgroundColor: NPS_CATEGORY_COLORS[share.category], transition: 'width .3s' }} />
        ))}
      </Box>
      <Stack direction="row" spacing={2.5} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        {split.map((share) => (
          <Stack key={share.category} direction="row" spacing={1} alignItems="center" data-category={share.category}>
            <StatusDot color={NPS_CATEGORY_COLORS[share.category]} />
            <Typography variant="body2">
              <strong>{translate(`resources.surveys.nps.${share.category}`)}</strong>{' '}
              {translate('resources.surveys.analytics.share', { count: share.count, percent: share.percent })}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};

export const NpsDistributionChart = ({ distribution }: { distribution: SurveyAnalytics['npsDistribution'] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const bars = distributionBars(distribution);
  return (
    <Box sx={{ height: 260 }} role="img" aria-label={translate('resources.surveys.analytics.distribution_aria')} data-testid="nps-distribution">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={theme.palette.divider} />
          <XAxis dataKey="score" tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
          <Tooltip
            formatter={(value) => [value, translate('resources.surveys.analytics.answers')]}
            labelFormatter={(score) => translate('resources.surveys.analytics.score', { score })}
          />
          <Bar dataKey="count" radius={[6, 6, 0, 0]} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.score} fill={bar.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

export const NpsTrendChart = ({ analytics }: { analytics: SurveyAnalytics }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const points = trendPoints(analytics);
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.surveys.analytics.no_trend')}
      </Typography>
    );
  }
  return (
    <Box sx={{ height: 260 }} role="img" aria-label={translate('resources.surveys.analytics.trend_aria')} data-testid="nps-trend">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={theme.palette.divider} />
          <XAxis dataKey="label" tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
          <YAxis yAxisId="nps" domain={[-100, 100]} tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
          <YAxis yAxisId="responses" orientation="right" allowDecimals={false} tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
          <Tooltip />
          <Bar
            yAxisId="responses"
            dataKey="responses"
            name={translate('resources.surveys.analytics.responses')}
            fill={theme.palette.action.selected}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Line yAxisId="nps" dataKey="nps" name="NPS" stroke={BRAND.purple} strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </Box>
  );
};
