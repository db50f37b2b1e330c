// One message: who it was with, where it is (with every step and a failure's reason), the text
// itself, and, while it waits to go out, buttons to cancel it or move it.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CallMadeIcon from '@mui/icons-material/CallMade';
import CallReceivedIcon from '@mui/icons-material/CallReceived';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import FingerprintIcon from '@mui/icons-material/Fingerprint';
import NotesIcon from '@mui/icons-material/NotesOutlined';
import PersonIcon from '@mui/icons-material/PersonOutline';
import RouteIcon from '@mui/icons-material/RouteOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import { Alert, Box, Button, Card, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { COMMUNICATION_CHANNEL_LABELS } from '@hospital-crm/domain';
import { useState } from 'react';
import { Link, Show, useCreatePath, useRedirect, useShowContext, useTranslate } from 'react-admin';
import { channelIcon } from '../common/channelIcons';
import { DetailItem } from '../common/DetailItem';
import { formatDateTime, fullName } from '../common/display';
import { SectionCard } from '../common/SectionCard';
import type { Communication } from '../providers/apiTypes';
import { CancelMessageButton } from './CancelMessageButton';
import { COMMUNICATION_STATUS_COLORS, counterpartOf, durationText, isWaiting, statusTime } from './communicationDisplay';
import { CommunicationStatusChip } from './CommunicationStatusChip';
import { DeliverySteps } from './DeliverySteps';
import { MessageAnswerAlert, type MessageAnswer } from './MessageAnswerAlert';
import { MessageBody } from './MessageBody';
import { RescheduleMessageButton } from './RescheduleMessageButton';

const GRID_SX = {
  display: 'grid',
  gap: 2,
  mt: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(300px, 1fr)' },
  alignItems: 'start',
} as const;

const CounterpartLink = ({ message }: { message: Communication }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (message.lead) {
    return (
      <Link to={createPath({ resource: 'leads', type: 'show', id: message.lead.id })} underline="hover">
        {fullName(message.lead)} · {message.lead.leadNumber}
      </Link>
    );
  }
  if (message.patient) return <>{`${fullName(message.patient)} · ${message.patient.mrn}`}</>;
  return <>{translate('resources.communications.show.nobody')}</>;
};

const MessageHeader = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [answer, setAnswer] = useState<MessageAnswer | null>(null);
  const Icon = channelIcon(message.channel);
  const accent = COMMUNICATION_STATUS_COLORS[message.status];
  const who = counterpartOf(message);
  return (
    <Card sx={{ overflow: 'hidden' }} data-testid="message-header">
      <Box sx={{ height: 6, backgroundImage: `linear-gradient(90deg, ${accent}, ${alpha(accent, 0.4)})` }} />
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'communications')} sx={{ mb: 1.5, ml: -1 }}>
          {translate('resources.communications.actions.back')}
        </Button>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2.5} alignItems={{ md: 'center' }}>
          <Box sx={{ width: 56, height: 56, borderRadius: '16px', display: 'grid', placeItems: 'center', color: accent, backgroundColor: alpha(accent, 0.12) }}>
            <Icon />
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.25} alignItems="center" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Typography variant="h5" component="h1">
                {message.subject ??
                  translate(`resources.communications.show.title_${message.direction === 'INBOUND' ? 'from' : 'to'}`, {
                    channel: COMMUNICATION_CHANNEL_LABELS[message.channel],
                    name: who ? fullName(who) : '',
                  })}
              </Typography>
              <CommunicationStatusChip status={message.status} data-testid="message-status" />
              {message.isMarketing && <Chip size="small" variant="outlined" label={translate('resources.communications.show.marketing')} />}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {COMMUNICATION_CHANNEL_LABELS[message.channel]} · {translate(`resources.communications.directions.${message.direction}`)} ·{' '}
              {formatDateTime(statusTime(message))}
            </Typography>
          </Box>
          {isWaiting(message) && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <RescheduleMessageButton message={message} onAnswer={setAnswer} />
              <CancelMessageButton message={message} onAnswer={setAnswer} />
            </Stack>
          )}
        </Stack>
        {answer && <MessageAnswerAlert answer={answer} onClose={() => setAnswer(null)} />}
      </Box>
    </Card>
  );
};

const MessageDetails = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.communications.fields.${name}`);
  const icon = { fontSize: 'small' } as const;
  const spoken = message.status === 'LOGGED';
  return (
    <SectionCard title={translate('resources.communications.show.details')} icon={<DescriptionIcon fontSize="small" />} testId="message-details">
      <Stack spacing={2}>
        <DetailItem icon={<PersonIcon {...icon} />} label={field('lead')}>
          <CounterpartLink message={message} />
        </DetailItem>
        {message.toAddress && (
          <DetailItem icon={message.direction === 'INBOUND' ? <CallReceivedIcon {...icon} /> : <CallMadeIcon {...icon} />} label={field('toAddress')}>
            {message.toAddress}
          </DetailItem>
        )}
        {message.template && (
          <DetailItem icon={<DescriptionIcon {...icon} />} label={field('template')}>
            {message.template.name}
          </DetailItem>
        )}
        {message.campaign && (
          <DetailItem icon={<CampaignIcon {...icon} />} label={field('campaign')}>
            {message.campaign.name}
          </DetailItem>
        )}
        {message.initiatedBy && (
          <DetailItem icon={<SendIcon {...icon} />} label={field(spoken ? 'loggedBy' : 'initiatedBy')}>
            {fullName(message.initiatedBy)}
          </DetailItem>
        )}
        {message.durationSeconds !== null && (
          <DetailItem icon={<TimerIcon {...icon} />} label={field('durationSeconds')}>
            {durationText(message.durationSeconds)}
          </DetailItem>
        )}
        {message.providerMessageId && (
          <DetailItem icon={<FingerprintIcon {...icon} />} label={field('providerMessageId')}>
            <Typography component="span" variant="body2" sx={{ fontFamily: 'ui-monospace, monospace', fontSize: 12 }}>
              {message.provider ? `${message.provider} · ` : ''}
              {message.providerMessageId}
            </Typography>
          </DetailItem>
        )}
      </Stack>
    </SectionCard>
  );
};

const LoggedConversation = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('resources.communications.show.conversation')} icon={<NotesIcon fontSize="small" />} testId="message-conversation">
      <Stack spacing={1.5}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {message.outcome ?? translate('resources.communications.show.no_outcome')}
        </Typography>
        {message.notes && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
            {message.notes}
          </Typography>
        )}
      </Stack>
    </SectionCard>
  );
};

const ShowSkeleton = () => (
  <Box aria-busy="true">
    <Skeleton variant="rounded" height={150} sx={{ borderRadius: 4 }} />
    <Box sx={GRID_SX}>
      <Skeleton variant="rounded" height={300} sx={{ borderRadius: 4 }} />
      <Skeleton variant="rounded" height={240} sx={{ borderRadius: 4 }} />
    </Box>
  </Box>
);

const CommunicationShowContent = () => {
  const translate = useTranslate();
  const { record, isPending, error } = useShowContext<Communication>();
  if (isPending) return <ShowSkeleton />;
  if (error || !record) {
    const message = error?.message;
    return <Alert severity="error">{message ? translate(message, { _: message }) : translate('resources.communications.show.not_found')}</Alert>;
  }
  return (
    <Box data-testid="communication-show">
      <MessageHeader message={record} />
      <Box sx={GRID_SX}>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          {record.status === 'LOGGED' ? (
            <LoggedConversation message={record} />
          ) : (
            <SectionCard title={translate('resources.communications.show.body')} icon={<NotesIcon fontSize="small" />}>
              <MessageBody message={record} />
            </SectionCard>
          )}
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <SectionCard title={translate('resources.communications.show.progress')} icon={<RouteIcon fontSize="small" />}>
            <DeliverySteps message={record} />
          </SectionCard>
          <MessageDetails message={record} />
        </Stack>
      </Box>
    </Box>
  );
};

const CommunicationTitle = () => {
  const translate = useTranslate();
  const { record } = useShowContext<Communication>();
  return <>{record ? (record.subject ?? COMMUNICATION_CHANNEL_LABELS[record.channel]) : translate('resources.communications.name', { smart_count: 1 })}</>;
};

export const CommunicationShow = () => (
  <Show<Communication> component="div" actions={false} title={<CommunicationTitle />} sx={{ mt: 2, mb: 4 }}>
    <CommunicationShowContent />
  </Show>
);
