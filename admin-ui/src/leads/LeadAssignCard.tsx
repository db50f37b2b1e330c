// Who handles the lead and when to call back: the owner is picked from /users/assignable.
import EventIcon from '@mui/icons-material/EventOutlined';
import PersonPinIcon from '@mui/icons-material/PersonPinOutlined';
import { Box, Divider, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { LeadDetail } from '../providers/apiTypes';
import { AssigneeAvatar } from '../common/AssigneeAvatar';
import { formatDateTime, fullName, relativeTime } from '../common/display';
import { followUpState } from './leadDisplay';
import { SectionCard } from '../common/SectionCard';
import { useLeadActions } from './useLeadActions';
import { useAssignableUsers } from './useLeadLookups';

const UNASSIGNED = '';
const FOLLOW_UP_COLORS = { overdue: 'error.main', today: 'warning.dark', upcoming: 'text.primary', none: 'text.secondary' } as const;

export const LeadAssignCard = ({ lead }: { lead: LeadDetail }) => {
  const { assign, notify, translate } = useLeadActions(lead.id);
  const users = useAssignableUsers();
  const current = lead.assignedTo?.id ?? UNASSIGNED;
  // The current owner stays selectable even if no longer assignable (deactivated, role changed).
  const choices = [...(users.data ?? [])];
  if (lead.assignedTo && !choices.some((user) => user.id === lead.assignedTo?.id)) {
    choices.unshift({ ...lead.assignedTo, role: 'STAFF' });
  }
  const followUp = followUpState(lead.nextFollowUpAt);

  const change = (value: string) => {
    if (value === current) return;
    const user = choices.find((choice) => choice.id === value);
    assign.mutate(value || null, {
      onSuccess: () =>
        notify(user ? 'resources.leads.notifications.assigned' : 'resources.leads.notifications.unassigned', {
          type: 'success',
          messageArgs: { name: fullName(lead), assignee: user ? fullName(user) : '' },
        }),
    });
  };

  return (
    <SectionCard title={translate('resources.leads.show.assignment')} icon={<PersonPinIcon fontSize="small" />} testId="lead-assignment">
      <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mb: 1.5 }}>
        <AssigneeAvatar person={lead.assignedTo} size={36} />
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {lead.assignedTo ? fullName(lead.assignedTo) : translate('resources.leads.show.unassigned')}
          </Typography>
        </Box>
      </Stack>
      <TextField
        select
        fullWidth
        size="small"
        label={translate('resources.leads.show.assign_label')}
        value={users.isPending ? UNASSIGNED : current}
        onChange={(event) => change(event.target.value)}
        disabled={assign.isPending || users.isPending || Boolean(users.error)}
        helperText={users.error ? translate('resources.leads.show.assignees_unavailable') : undefined}
        slotProps={{ select: { displayEmpty: true, MenuProps: { slotProps: { paper: { sx: { maxHeight: 320 } } } } }, inputLabel: { shrink: true } }}
      >
        <MenuItem value={UNASSIGNED}>
          <em>{translate('resources.leads.show.unassigned')}</em>
        </MenuItem>
        {choices.map((user) => (
          <MenuItem key={user.id} value={user.id}>
            {fullName(user)}
          </MenuItem>
        ))}
      </TextField>

      <Divider sx={{ my: 2 }} />
      <Stack direction="row" spacing={1.5} alignItems="center">
        <Box
          sx={{
            width: 36,
            height: 36,
            borderRadius: '10px',
            display: 'grid',
            placeItems: 'center',
            color: FOLLOW_UP_COLORS[followUp],
            bgcolor: 'action.hover',
          }}
        >
          <EventIcon fontSize="small" />
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('resources.leads.show.follow_up')}
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 600, color: FOLLOW_UP_COLORS[followUp] }}>
            {lead.nextFollowUpAt
              ? `${formatDateTime(lead.nextFollowUpAt)} · ${followUp === 'overdue' ? translate('resources.leads.show.overdue') : relativeTime(lead.nextFollowUpAt)}`
              : translate('resources.leads.show.no_follow_up')}
          </Typography>
        </Box>
      </Stack>
    </SectionCard>
  );
};
