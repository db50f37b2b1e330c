// One campaign's control room: its controls (per status), the live progress of its send (polled
// every 2 s while it moves by itself), its eight counters and rates, and the sends per day.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import CancelIcon from '@mui/icons-material/CancelOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import PauseIcon from '@mui/icons-material/PauseCircleOutline';
import PlayIcon from '@mui/icons-material/PlayCircleOutline';
import RocketIcon from '@mui/icons-material/RocketLaunchOutlined';
import ScheduleIcon from '@mui/icons-material/ScheduleOutlined';
import { Alert, Avatar, Box, Button, Card, Chip, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { humanize, type CampaignStatus } from '@hospital-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Confirm, DeleteButton, Show, useRedirect, useShowContext, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import { SectionCard } from '../common/SectionCard';
import type { Campaign, CampaignAnalytics, CampaignCounters, CampaignProgress } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { BRAND_GRADIENT } from '../theme';
import { canDo, isLive, progressPercent } from './campaignModel';
import { CampaignStatusChip } from './CampaignStatusChip';
import { LaunchDialog } from './LaunchDialog';
import { analyticsKey, progressKey, useCampaignControls } from './useCampaignControls';

// Charts load with the results, not with the console.
const CampaignDailyChart = lazy(() => import('./CampaignDailyChart'));

const POLL_MS = 2_000;
const number = new Intl.NumberFormat('en-GB');
const COUNTERS: Array<keyof CampaignCounters> = [
  'totalRecipients',
  'sentCount',
  'deliveredCount',
  'openedCount',
  'clickedCount',
  'respondedCount',
  'convertedCount',
  'failedCount',
];
const RATES: Array<keyof CampaignAnalytics['rates']> = ['deliveryRate', 'openRate', 'clickRate', 'responseRate', 'conversionRate'];

const useCampaignProgress = (campaign: Campaign) => {
  const dataProvider = useCrmDataProvider();
  return useQuery<CampaignProgress>({
    queryKey: progressKey(campaign.id),
    queryFn: ({ signal }) => dataProvider.getCampaignProgress(campaign.id, signal).then((r) => r.data),
    refetchInterval: (query) => (isLive(query.state.data?.status ?? campaign.status) ? POLL_MS : false),
  });
};

const Controls = ({ campaign, status }: { campaign: Campaign; status: CampaignStatus }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const controls = useCampaignControls(campaign.id);
  const [launching, setLaunching] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const busy = controls.isPending;
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap', rowGap: 1 }}
      role="toolbar"
      aria-label={translate('resources.campaigns.show.controls')}
      data-testid="campaign-controls"
    >
      {canDo(status, 'launch') && (
        <Button variant="contained" startIcon={<RocketIcon />} disabled={busy} onClick={() => setLaunching(true)} data-testid="campaign-launch">
          {translate('resources.campaigns.actions.launch')}
        </Button>
      )}
      {canDo(status, 'reschedule') && (
        <Button variant="outlined" startIcon={<ScheduleIcon />} disabled={busy} onClick={() => setRescheduling(true)} data-testid="campaign-reschedule">
          {translate('resources.campaigns.actions.reschedule')}
        </Button>
      )}
      {canDo(status, 'pause') && (
        <Button variant="outlined" startIcon={<PauseIcon />} disabled={busy} onClick={() => controls.mutate({ action: 'pause' })} data-testid="campaign-pause">
          {translate('resources.campaigns.actions.pause')}
        </Button>
      )}
      {canDo(status, 'resume') && (
        <Button
          variant="contained"
          startIcon={<PlayIcon />}
          disabled={busy}
          onClick={() => controls.mutate({ action: 'resume' })}
          data-testid="campaign-resume"
        >
          {translate('resources.campaigns.actions.resume')}
        </Button>
      )}
      {canDo(status, 'cancel') && (
        <Button color="error" variant="outlined" startIcon={<CancelIcon />} disabled={busy} onClick={() => setCancelling(true)} data-testid="campaign-cancel">
          {translate('resources.campaigns.actions.cancel')}
        </Button>
      )}
      {canDo(status, 'edit') && (
        <Button variant="outlined" startIcon={<EditIcon />} onClick={() => redirect('edit', 'campaigns', campaign.id)}>
          {translate('resources.campaigns.actions.edit')}
        </Button>
      )}
      {canDo(status, 'delete') && <DeleteButton record={campaign} resource="campaigns" mutationMode="pessimistic" />}
      <LaunchDialog
        open={launching}
        name={campaign.name}
        busy={busy}
        onClose={() => setLaunching(false)}
        onLaunch={(startAt) => {
          setLaunching(false);
          controls.mutate({ action: 'launch', startAt });
        }}
      />
      <LaunchDialog
        reschedule
        open={rescheduling}
        name={campaign.name}
        busy={busy}
        onClose={() => setRescheduling(false)}
        onLaunch={(startAt) => {
          setRescheduling(false);
          if (startAt) controls.mutate({ action: 'reschedule', startAt });
        }}
      />
      <Confirm
        isOpen={cancelling}
        title={translate('resources.campaigns.cancel_confirm.title', { name: campaign.name })}
        content={translate('resources.campaigns.cancel_confirm.body')}
        onClose={() => setCancelling(false)}
        onConfirm={() => {
          setCancelling(false);
          controls.mutate({ action: 'cancel' });
        }}
      />
    </Stack>
  );
};

const Header = ({ campaign, status }: { campaign: Campaign; status: CampaignStatus }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <Card sx={{ p: { xs: 2, md: 3 } }} data-testid="campaign-header">
      <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'campaigns')} sx={{ mb: 1.5, ml: -1 }}>
        {translate('resources.campaigns.actions.back')}
      </Button>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2.5} alignItems={{ md: 'center' }}>
        <Avatar variant="rounded" sx={{ width: 56, height: 56, borderRadius: '16px', backgroundImage: BRAND_GRADIENT, color: '#fff' }}>
          <CampaignIcon />
        </Avatar>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1.25} alignItems="center" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Typography variant="h5" component="h1" data-testid="campaign-name">
              {campaign.name}
            </Typography>
            <CampaignStatusChip status={status} />
            <Chip size="small" variant="outlined" label={humanize(campaign.campaignType)} />
            <Chip size="small" variant="outlined" label={humanize(campaign.channel)} />
          </Stack>
          {campaign.template && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {translate('resources.campaigns.show.template', { name: campaign.template.name })}
            </Typography>
          )}
          {campaign.description && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {campaign.description}
            </Typography>
          )}
        </Box>
        <Controls campaign={campaign} status={status} />
      </Stack>
    </Card>
  );
};

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Box sx={{ p: 1.5, borderRadius: 2, bgcolor: 'action.hover', minWidth: 110, flex: '1 1 110px' }} data-testid={testId}>
    <Typography variant="caption" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
      {value}
    </Typography>
  </Box>
);

const ProgressPanel = ({ query }: { query: ReturnType<typeof useCampaignProgress> }) => {
  const translate = useTranslate();
  const progress = query.data;
  return (
    <SectionCard title={translate('resources.campaigns.show.progress')} icon={<RocketIcon />}>
      {query.isPending && <Skeleton variant="rounded" height={80} aria-busy="true" />}
      {query.error && !progress && (
        <Alert severity="error">{translate('resources.campaigns.show.progress_failed', { message: errorMessage(query.error) })}</Alert>
      )}
      {progress && (
        <Box data-testid="campaign-progress" data-status={progress.status} aria-live="polite">
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="campaign-progress-label">
            {translate('resources.campaigns.show.progress_label', {
              processed: number.format(progress.processed),
              total: number.format(progress.totalRecipients),
            })}
            {progress.status === 'SCHEDULED' &&
              progress.startAt &&
              ` · ${translate('resources.campaigns.show.scheduled_for', { date: new Date(progress.startAt).toLocaleString() })}`}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={progressPercent(progress.processed, progress.totalRecipients)}
            sx={{ height: 10, borderRadius: 5 }}
            aria-label={translate('resources.campaigns.show.progress')}
          />
          <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 1.5 }}>
            <Figure label={translate('resources.campaigns.show.sent')} value={number.format(progress.sent)} testId="progress-sent" />
            <Figure label={translate('resources.campaigns.show.failed')} value={number.format(progress.failed)} testId="progress-failed" />
            <Figure label={translate('resources.campaigns.show.skipped')} value={number.format(progress.skipped)} testId="progress-skipped" />
            <Figure label={translate('resources.campaigns.show.unknown')} value={number.format(progress.unknown)} testId="progress-unknown" />
          </Stack>
          {isLive(progress.status) && (
            <Typography variant="caption" color="text.secondary" sx={{ mt: 1, display: 'block' }}>
              {translate('resources.campaigns.show.polling')}
            </Typography>
          )}
        </Box>
      )}
    </SectionCard>
  );
};

const formatRate = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 10) / 10}%`);
const formatMoney = (value: number | null) => (value === null ? '–' : number.format(value));

const AnalyticsPanel = ({ campaign, status, processed }: { campaign: Campaign; status: CampaignStatus; processed: number }) => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const query = useQuery<CampaignAnalytics>({
    // refreshed as the send moves
    queryKey: [...analyticsKey(campaign.id), status, processed],
    queryFn: ({ signal }) => dataProvider.getCampaignAnalytics(campaign.id, signal).then((r) => r.data),
    placeholderData: (previous) => previous,
  });
  const analytics = query.data;
  return (
    <SectionCard title={translate('resources.campaigns.show.counters')} icon={<CampaignIcon />}>
      {query.isPending && <Skeleton variant="rounded" height={160} aria-busy="true" />}
      {query.error && !analytics && (
        <Alert severity="error">{translate('resources.campaigns.show.analytics_failed', { message: errorMessage(query.error) })}</Alert>
      )}
      {analytics && (
        <Stack spacing={2} data-testid="campaign-analytics">
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
            {COUNTERS.map((counter) => (
              <Figure
                key={counter}
                label={translate(`resources.campaigns.counters.${counter}`)}
                value={number.format(analytics.counters[counter])}
                testId={`counter-${counter}`}
              />
            ))}
          </Stack>
          <Typography variant="subtitle2">{translate('resources.campaigns.show.rates')}</Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
            {RATES.map((rate) => (
              <Figure key={rate} label={translate(`resources.campaigns.rates.${rate}`)} value={formatRate(analytics.rates[rate])} testId={`rate-${rate}`} />
            ))}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.campaigns.show.cost', { cost: formatMoney(analytics.cost.total), budget: formatMoney(analytics.cost.budget) })}
          </Typography>
          <Typography variant="subtitle2">{translate('resources.campaigns.show.daily')}</Typography>
          {analytics.daily.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.campaigns.show.daily_empty')}
            </Typography>
          ) : (
            <Box data-testid="campaign-daily-chart">
              <Suspense fallback={<Skeleton variant="rounded" height={220} aria-busy="true" />}>
                <CampaignDailyChart daily={analytics.daily} />
              </Suspense>
            </Box>
          )}
        </Stack>
      )}
    </SectionCard>
  );
};

const ControlRoom = ({ campaign }: { campaign: Campaign }) => {
  const progress = useCampaignProgress(campaign);
  const status = progress.data?.status ?? campaign.status;
  return (
    <Stack spacing={2} data-testid="campaign-show">
      <Header campaign={campaign} status={status} />
      <ProgressPanel query={progress} />
      <AnalyticsPanel campaign={campaign} status={status} processed={progress.data?.processed ?? 0} />
    </Stack>
  );
};

const CampaignShowContent = () => {
  const translate = useTranslate();
  const { record, isPending, error } = useShowContext<Campaign>();
  if (isPending) return <Skeleton variant="rounded" height={180} sx={{ borderRadius: 4 }} aria-busy="true" />;
  if (error || !record) {
    const message = error?.message;
    return <Alert severity="error">{message ? translate(message, { _: message }) : translate('resources.campaigns.show.not_found')}</Alert>;
  }
  return <ControlRoom campaign={record} />;
};

const CampaignTitle = () => {
  const { record } = useShowContext<Campaign>();
  return <>{record?.name ?? ''}</>;
};

export const CampaignShow = () => (
  <Show<Campaign> component="div" actions={false} title={<CampaignTitle />} sx={{ mt: 2, mb: 4 }}>
    <CampaignShowContent />
  </Show>
);
