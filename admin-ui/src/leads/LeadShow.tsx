// The lead page: header with status and actions; contact details and history on the left;
// score, owner and tags on the right.
import { Alert, Box, Card, Skeleton, Stack } from '@mui/material';
import { Show, useShowContext, useTranslate } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { LeadAssignCard } from './LeadAssignCard';
import { LeadContactCard } from './LeadContactCard';
import { fullName } from '../common/display';
import { LeadHeader } from './LeadHeader';
import { LeadScoreCard } from './LeadScoreCard';
import { LeadTagsCard } from './LeadTagsCard';
import { LeadTimeline } from './LeadTimeline';

const GRID_SX = {
  display: 'grid',
  gap: 2,
  mt: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(300px, 1fr)' },
  alignItems: 'start',
} as const;

const LeadShowSkeleton = () => (
  <Box aria-busy="true">
    <Card sx={{ p: 3 }}>
      <Stack direction="row" spacing={2.5} alignItems="center">
        <Skeleton variant="circular" width={64} height={64} />
        <Box sx={{ flex: 1 }}>
          <Skeleton width="35%" height={36} />
          <Skeleton width="50%" />
        </Box>
      </Stack>
    </Card>
    <Box sx={GRID_SX}>
      <Stack spacing={2}>
        <Skeleton variant="rounded" height={260} sx={{ borderRadius: 4 }} />
        <Skeleton variant="rounded" height={320} sx={{ borderRadius: 4 }} />
      </Stack>
      <Stack spacing={2}>
        <Skeleton variant="rounded" height={300} sx={{ borderRadius: 4 }} />
        <Skeleton variant="rounded" height={200} sx={{ borderRadius: 4 }} />
      </Stack>
    </Box>
  </Box>
);

const LeadShowContent = () => {
  const translate = useTranslate();
  const { record, isPending, error } = useShowContext<LeadDetail>();
  if (isPending) return <LeadShowSkeleton />;
  if (error || !record) {
    const message = error?.message;
    return <Alert severity="error">{message ? translate(message, { _: message }) : translate('resources.leads.show.not_found')}</Alert>;
  }
  return (
    <Box data-testid="lead-show">
      <LeadHeader lead={record} />
      <Box sx={GRID_SX}>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <LeadContactCard lead={record} />
          <LeadTimeline leadId={record.id} />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <LeadScoreCard lead={record} />
          <LeadAssignCard lead={record} />
          <LeadTagsCard lead={record} />
        </Stack>
      </Box>
    </Box>
  );
};

const LeadTitle = () => {
  const { record } = useShowContext<LeadDetail>();
  return <>{record ? fullName(record) : ''}</>;
};

export const LeadShow = () => (
  <Show<LeadDetail> component="div" actions={false} title={<LeadTitle />} sx={{ mt: 2, mb: 4 }}>
    <LeadShowContent />
  </Show>
);
