// The lead's history as one feed (activities, conversations, tasks, appointments), newest first,
// a page at a time.
import AddCircleIcon from '@mui/icons-material/AddCircleOutline';
import AssignmentIndIcon from '@mui/icons-material/AssignmentIndOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import EventIcon from '@mui/icons-material/EventOutlined';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToRegOutlined';
import LabelIcon from '@mui/icons-material/LabelOutlined';
import SpeedIcon from '@mui/icons-material/SpeedOutlined';
import StickyNoteIcon from '@mui/icons-material/StickyNote2Outlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Box, Button, CircularProgress, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import type { SvgIconComponent } from '@mui/icons-material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import type { PersonRef, TimelineItem, TimelineKind } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { BRAND } from '../theme';
import { formatDateTime, fullName, relativeTime } from '../common/display';
import { readableTitle } from './leadDisplay';
import { LeadStatusChip } from './LeadStatusChip';
import { isLeadStatus } from './kanban';
import { channelIcon } from '../common/channelIcons';
import { SectionCard } from '../common/SectionCard';

const PAGE_SIZE = 10;

const KIND_COLORS: Record<TimelineKind, string> = {
  activity: BRAND.purple,
  communication: '#0284c7',
  task: '#d97706',
  appointment: '#16a34a',
};

const ACTIVITY_ICONS: Record<string, SvgIconComponent> = {
  LEAD_CREATED: AddCircleIcon,
  STATUS_CHANGED: SwapHorizIcon,
  ASSIGNED: AssignmentIndIcon,
  NOTE_ADDED: StickyNoteIcon,
  TAG_ADDED: LabelIcon,
  TAG_REMOVED: LabelIcon,
  SCORE_CHANGED: SpeedIcon,
  CONVERTED: HowToRegIcon,
  UPDATED: EditIcon,
  APPOINTMENT_BOOKED: EventIcon,
};

const iconFor = (item: TimelineItem): SvgIconComponent => {
  switch (item.kind) {
    case 'activity':
      return ACTIVITY_ICONS[String(item.data.activityType)] ?? HistoryIcon;
    case 'communication':
      return channelIcon(item.data.channel);
    case 'task':
      return TaskAltIcon;
    case 'appointment':
      return EventIcon;
  }
};

const personOf = (item: TimelineItem): PersonRef | null => {
  const person = (item.data.performedBy ?? item.data.initiatedBy ?? item.data.assignedTo ?? item.data.doctor) as PersonRef | null | undefined;
  return person && typeof person === 'object' && 'firstName' in person ? person : null;
};

/** A status change reads better as two chips than as "from NEW to CONTACTED". */
const StatusChange = ({ item }: { item: TimelineItem }) => {
  const metadata = item.data.metadata as { from?: unknown; to?: unknown } | null | undefined;
  if (!metadata || !isLeadStatus(metadata.from) || !isLeadStatus(metadata.to)) return null;
  return (
    <Stack direction="row" spacing={0.75} alignItems="center" sx={{ mt: 0.5 }}>
      <LeadStatusChip status={metadata.from} sx={{ height: 22 }} />
      <Typography variant="caption" color="text.secondary">
        →
      </Typography>
      <LeadStatusChip status={metadata.to} sx={{ height: 22 }} />
    </Stack>
  );
};

const TimelineEntry = ({ item, last }: { item: TimelineItem; last: boolean }) => {
  const translate = useTranslate();
  const Icon = iconFor(item);
  const color = KIND_COLORS[item.kind];
  const person = personOf(item);
  const isStatusChange = item.kind === 'activity' && item.data.activityType === 'STATUS_CHANGED';
  return (
    <Stack direction="row" spacing={1.5} component="li" data-kind={item.kind} sx={{ listStyle: 'none' }}>
      <Stack alignItems="center" sx={{ flexShrink: 0 }}>
        <Box
          sx={{
            width: 32,
            height: 32,
            borderRadius: '10px',
            display: 'grid',
            placeItems: 'center',
            color,
            backgroundColor: alpha(color, 0.12),
            border: `1px solid ${alpha(color, 0.22)}`,
          }}
          title={translate(`resources.leads.timeline.kinds.${item.kind}`)}
        >
          <Icon sx={{ fontSize: 18 }} />
        </Box>
        {!last && <Box sx={{ flex: 1, width: 2, my: 0.5, borderRadius: 1, backgroundColor: (theme) => theme.palette.divider }} />}
      </Stack>
      <Box sx={{ pb: last ? 0 : 2, minWidth: 0, flex: 1 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {isStatusChange ? translate('resources.leads.timeline.status_changed') : readableTitle(item.title)}
        </Typography>
        {isStatusChange && <StatusChange item={item} />}
        {item.description && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25, whiteSpace: 'pre-wrap' }}>
            {item.description}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" title={formatDateTime(item.at)}>
          {relativeTime(item.at)}
          {person ? ` · ${translate('resources.leads.timeline.by', { name: fullName(person) })}` : ''}
        </Typography>
      </Box>
    </Stack>
  );
};

export const LeadTimeline = ({ leadId }: { leadId: string }) => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const { data, error, isPending, fetchNextPage, hasNextPage, isFetchingNextPage, refetch } = useInfiniteQuery({
    queryKey: ['leads', 'timeline', leadId],
    queryFn: async ({ pageParam }) => (await dataProvider.getLeadTimeline(leadId, { page: pageParam, limit: PAGE_SIZE })).data,
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? last.page + 1 : undefined;
    },
  });
  const items = data?.pages.flatMap((page) => page.items) ?? [];
  const total = data?.pages[0]?.total ?? 0;

  return (
    <SectionCard title={translate('resources.leads.show.timeline')} icon={<HistoryIcon fontSize="small" />} testId="lead-timeline">
      {isPending ? (
        <Stack spacing={2}>
          {[0, 1, 2].map((i) => (
            <Stack key={i} direction="row" spacing={1.5}>
              <Skeleton variant="rounded" width={32} height={32} />
              <Box sx={{ flex: 1 }}>
                <Skeleton width="60%" />
                <Skeleton width="30%" />
              </Box>
            </Stack>
          ))}
        </Stack>
      ) : error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {translate('resources.leads.kanban.retry')}
            </Button>
          }
        >
          {translate('resources.leads.show.timeline_error', { message: translate(error.message, { _: error.message }) })}
        </Alert>
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.leads.show.timeline_empty')}
        </Typography>
      ) : (
        <>
          <Box component="ol" sx={{ p: 0, m: 0 }}>
            {items.map((item, index) => (
              <TimelineEntry key={`${item.kind}-${item.id}`} item={item} last={index === items.length - 1} />
            ))}
          </Box>
          <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mt: 2 }}>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.leads.show.loaded_of', { shown: items.length, total })}
            </Typography>
            {hasNextPage && (
              <Button
                size="small"
                variant="outlined"
                onClick={() => void fetchNextPage()}
                disabled={isFetchingNextPage}
                startIcon={isFetchingNextPage ? <CircularProgress size={14} /> : undefined}
              >
                {translate('resources.leads.show.load_more')}
              </Button>
            )}
          </Stack>
        </>
      )}
    </SectionCard>
  );
};
