// A survey's results over a chosen period: NPS with its split, the 0-10 answers, the trend,
// satisfaction (CSAT) and what needs a follow-up, and how each channel's invitations were answered.
import FlagIcon from '@mui/icons-material/FlagOutlined';
import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import SentimentSatisfiedIcon from '@mui/icons-material/SentimentSatisfiedAltOutlined';
import ShowChartIcon from '@mui/icons-material/ShowChart';
import StarIcon from '@mui/icons-material/StarOutline';
import { Alert, Box, Button, Card, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { COMMUNICATION_CHANNEL_LABELS, isOneOf, COMMUNICATION_CHANNELS, SENTIMENTS } from '@hospital-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import { SectionCard } from '../common/SectionCard';
import type { Survey, SurveyAnalytics } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { NpsDistributionChart, NpsSplitBar, NpsTrendChart } from './NpsCharts';
import { ANALYTICS_PERIODS, analyticsRange, formatNps, npsColor, type AnalyticsPeriod } from './surveyAnalyticsModel';

const Figure = ({
  label,
  value,
  hint,
  color,
  icon,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  color: string;
  icon: ReactNode;
  testId?: string;
}) => (
  <Card sx={{ p: 2.5, height: '100%' }} data-testid={testId}>
    <Stack direction="row" spacing={2} alignItems="flex-start">
      <Box
        sx={{ width: 44, height: 44, borderRadius: '12px', display: 'grid', placeItems: 'center', color, backgroundColor: alpha(color, 0.12), flexShrink: 0 }}
      >
        {icon}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ color, fontVariantNumeric: 'tabular-nums' }} data-testid={testId ? `${testId}-value` : undefined}>
          {value}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      </Box>
    </Stack>
  </Card>
);

const Controls = ({
  period,
  interval,
  onPeriod,
  onInterval,
}: {
  period: AnalyticsPeriod;
  interval: 'week' | 'month';
  onPeriod: (p: AnalyticsPeriod) => void;
  onInterval: (i: 'week' | 'month') => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5}>
      <TextField
        select
        size="small"
        label={translate('resources.surveys.analytics.period')}
        value={period}
        onChange={(event) => onPeriod(event.target.value as AnalyticsPeriod)}
        sx={{ minWidth: 170 }}
      >
        {ANALYTICS_PERIODS.map((p) => (
          <MenuItem key={p} value={p}>
            {translate(`resources.surveys.analytics.periods.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('resources.surveys.analytics.interval')}
        value={interval}
        onChange={(event) => onInterval(event.target.value as 'week' | 'month')}
        sx={{ minWidth: 130 }}
      >
        <MenuItem value="week">{translate('resources.surveys.analytics.intervals.week')}</MenuItem>
        <MenuItem value="month">{translate('resources.surveys.analytics.intervals.month')}</MenuItem>
      </TextField>
    </Stack>
  );
};

const SentimentLine = ({ analytics }: { analytics: SurveyAnalytics }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {SENTIMENTS.map((sentiment) => (
        <Typography key={sentiment} variant="body2">
          <strong>{analytics.sentiment[sentiment]}</strong> {translate(`resources.surveys.sentiments.${sentiment}`).toLowerCase()}
        </Typography>
      ))}
    </Stack>
  );
};

const ChannelRates = ({ analytics }: { analytics: SurveyAnalytics }) => {
  const translate = useTranslate();
  if (analytics.byChannel.length === 0) return null;
  return (
    <SectionCard title={translate('resources.surveys.analytics.by_channel')} icon={<InsightsIcon fontSize="small" />}>
      <Stack spacing={1}>
        {analytics.byChannel.map((row) => (
          <Stack key={row.channel} direction="row" justifyContent="space-between">
            <Typography variant="body2">{isOneOf(COMMUNICATION_CHANNELS, row.channel) ? COMMUNICATION_CHANNEL_LABELS[row.channel] : row.channel}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.surveys.analytics.channel_rate', {
                responses: row.responses,
                sent: row.invitationsSent,
                rate: row.responseRate === null ? '—' : `${row.responseRate}%`,
              })}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
};

const AnalyticsBody = ({ analytics }: { analytics: SurveyAnalytics }) => {
  const translate = useTranslate();
  if (analytics.responses === 0) {
    return (
      <Alert severity="info" icon={<InsightsIcon />} sx={{ borderRadius: 3 }} data-testid="analytics-empty">
        {translate('resources.surveys.analytics.no_responses')}
      </Alert>
    );
  }
  const nps = analytics.nps.nps;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } }}>
        <Figure
          testId="survey-nps"
          label={translate('resources.surveys.analytics.nps')}
          value={formatNps(nps)}
          hint={translate('resources.surveys.analytics.nps_hint', { smart_count: analytics.nps.total })}
          color={npsColor(nps)}
          icon={<SentimentSatisfiedIcon />}
        />
        <Figure
          label={translate('resources.surveys.analytics.responses')}
          value={String(analytics.responses)}
          hint={translate('resources.surveys.analytics.responses_hint')}
          color="#7c3aed"
          icon={<InsightsIcon />}
        />
        <Figure
          label={translate('resources.surveys.analytics.csat')}
          value={analytics.csat === null ? '—' : analytics.csat.toFixed(2)}
          hint={translate('resources.surveys.analytics.csat_hint')}
          color="#0284c7"
          icon={<StarIcon />}
        />
        <Figure
          label={translate('resources.surveys.analytics.follow_up')}
          value={String(analytics.sentiment.requiresFollowUp)}
          hint={translate('resources.surveys.analytics.follow_up_hint')}
          color={analytics.sentiment.requiresFollowUp ? '#dc2626' : '#64748b'}
          icon={<FlagIcon />}
        />
      </Box>
      <SectionCard title={translate('resources.surveys.analytics.split')} icon={<SentimentSatisfiedIcon fontSize="small" />}>
        <NpsSplitBar nps={analytics.nps} />
      </SectionCard>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <SectionCard title={translate('resources.surveys.analytics.distribution')} icon={<InsightsIcon fontSize="small" />}>
          <NpsDistributionChart distribution={analytics.npsDistribution} />
        </SectionCard>
        <SectionCard title={translate('resources.surveys.analytics.trend')} icon={<ShowChartIcon fontSize="small" />}>
          <NpsTrendChart analytics={analytics} />
        </SectionCard>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <SectionCard title={translate('resources.surveys.analytics.sentiment')} icon={<SentimentSatisfiedIcon fontSize="small" />}>
          <SentimentLine analytics={analytics} />
        </SectionCard>
        <ChannelRates analytics={analytics} />
      </Box>
    </Stack>
  );
};

export const SurveyAnalyticsPanel = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const [period, setPeriod] = useState<AnalyticsPeriod>('12m');
  const [interval, setInterval] = useState<'week' | 'month'>('month');
  // The window is fixed when the period is chosen, so the query key stays the same between renders.
  const range = useMemo(() => analyticsRange(period), [period]);
  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: ['surveys', survey.id, 'analytics', range, interval],
    queryFn: async () => (await dataProvider.getSurveyAnalytics(survey.id, { ...range, interval })).data,
    retry: false,
  });
  return (
    <Stack spacing={2} data-testid="survey-analytics">
      <Controls period={period} interval={interval} onPeriod={setPeriod} onInterval={setInterval} />
      {isPending ? (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(4, 1fr)' } }} aria-busy="true">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} variant="rounded" height={110} sx={{ borderRadius: 4 }} />
          ))}
        </Box>
      ) : error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
              {translate('resources.surveys.analytics.retry')}
            </Button>
          }
        >
          {translate('resources.surveys.analytics.error', { message: translate(errorMessage(error), { _: errorMessage(error) }) })}
        </Alert>
      ) : (
        <AnalyticsBody analytics={data} />
      )}
    </Stack>
  );
};
