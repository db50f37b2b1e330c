// One lead on the board: who, how to reach them, where they came from, how promising, who has
// them and when to call back. The whole card is the drag handle; a click or Enter opens the lead.
import EventIcon from '@mui/icons-material/EventOutlined';
import MailIcon from '@mui/icons-material/MailOutline';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import { Box, Card, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { Draggable } from '@hello-pangea/dnd';
import { LEAD_SOURCE_LABELS, LEAD_STATUS_META } from '@hospital-crm/domain';
import type { KeyboardEvent, ReactNode } from 'react';
import { memo } from 'react';
import { useRedirect, useTranslate } from 'react-admin';
import type { LeadSummary } from '../providers/apiTypes';
import { BRAND } from '../theme';
import { AssigneeAvatar } from '../common/AssigneeAvatar';
import { formatShortDate, fullName } from '../common/display';
import { followUpState } from './leadDisplay';
import { ScoreChip } from './ScoreChip';
import { TagChip } from './TagChip';

const MAX_TAGS = 3;

const FOLLOW_UP_COLORS = { overdue: '#dc2626', today: '#d97706', upcoming: 'text.secondary', none: 'text.disabled' } as const;

const ContactLine = ({ icon, children }: { icon: ReactNode; children: ReactNode }) => (
  <Stack direction="row" spacing={0.75} alignItems="center" sx={{ color: 'text.secondary', minWidth: 0 }}>
    {icon}
    <Typography variant="caption" noWrap sx={{ fontSize: 12.5 }}>
      {children}
    </Typography>
  </Stack>
);

export const LeadCardContent = ({ lead, dragging = false }: { lead: LeadSummary; dragging?: boolean }) => {
  const translate = useTranslate();
  const followUp = followUpState(lead.nextFollowUpAt);
  const accent = LEAD_STATUS_META[lead.status]?.color ?? BRAND.purple;
  const iconSx = { fontSize: 15, flexShrink: 0 };
  return (
    <Card
      elevation={dragging ? 8 : 1}
      sx={{
        p: 1.5,
        borderRadius: 3,
        cursor: dragging ? 'grabbing' : 'grab',
        position: 'relative',
        overflow: 'hidden',
        transition: 'box-shadow 150ms ease, transform 150ms ease, border-color 150ms ease',
        transform: dragging ? 'rotate(1.5deg)' : 'none',
        borderColor: dragging ? alpha(accent, 0.5) : undefined,
        '&::before': {
          content: '""',
          position: 'absolute',
          left: 0,
          top: 10,
          bottom: 10,
          width: 3,
          borderRadius: '0 3px 3px 0',
          backgroundColor: accent,
          opacity: 0.85,
        },
        '&:hover': { borderColor: alpha(accent, 0.45), boxShadow: `0 6px 18px ${alpha(BRAND.deep, 0.12)}` },
      }}
    >
      <Stack direction="row" alignItems="flex-start" spacing={1}>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="subtitle2" noWrap sx={{ fontWeight: 700, lineHeight: 1.3 }} data-testid="lead-card-name">
            {fullName(lead)}
          </Typography>
          <Typography variant="caption" noWrap component="p" sx={{ color: 'text.secondary', fontSize: 11.5 }} title={lead.leadNumber}>
            {LEAD_SOURCE_LABELS[lead.source] ?? lead.source}
          </Typography>
        </Box>
        <ScoreChip score={lead.score} />
      </Stack>

      {(lead.phone || lead.email) && (
        <Stack spacing={0.25} sx={{ mt: 1 }}>
          {lead.phone && <ContactLine icon={<PhoneIcon sx={iconSx} />}>{lead.phone}</ContactLine>}
          {lead.email && <ContactLine icon={<MailIcon sx={iconSx} />}>{lead.email}</ContactLine>}
        </Stack>
      )}

      {lead.tags.length > 0 && (
        <Stack direction="row" spacing={0.5} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 0.5 }}>
          {lead.tags.slice(0, MAX_TAGS).map((tag) => (
            <TagChip key={tag.id} tag={tag} />
          ))}
          {lead.tags.length > MAX_TAGS && (
            <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
              +{lead.tags.length - MAX_TAGS}
            </Typography>
          )}
        </Stack>
      )}

      <Stack
        direction="row"
        alignItems="center"
        justifyContent="space-between"
        spacing={1}
        sx={{ mt: 1.25, pt: 1, borderTop: (theme) => `1px dashed ${theme.palette.divider}` }}
      >
        <AssigneeAvatar person={lead.assignedTo} showName short size={22} />
        {followUp !== 'none' && (
          <Stack
            direction="row"
            spacing={0.5}
            alignItems="center"
            sx={{ color: FOLLOW_UP_COLORS[followUp], flexShrink: 0 }}
            title={translate('resources.leads.fields.nextFollowUpAt')}
            data-follow-up={followUp}
          >
            <EventIcon sx={{ fontSize: 15 }} />
            <Typography variant="caption" sx={{ fontWeight: followUp === 'upcoming' ? 500 : 700 }}>
              {followUp === 'today' ? translate('resources.leads.show.today') : formatShortDate(lead.nextFollowUpAt)}
            </Typography>
          </Stack>
        )}
      </Stack>
    </Card>
  );
};

export const LeadCard = memo(({ lead, index }: { lead: LeadSummary; index: number }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const open = () => redirect('show', 'leads', lead.id);
  const onKeyDown = (event: KeyboardEvent) => {
    // Space belongs to the drag (pick up / drop); Enter opens the lead.
    if (event.key === 'Enter' && !event.defaultPrevented) open();
  };
  return (
    <Draggable draggableId={lead.id} index={index}>
      {(provided, snapshot) => (
        <Box
          ref={provided.innerRef}
          {...provided.draggableProps}
          {...provided.dragHandleProps}
          onClick={open}
          onKeyDown={onKeyDown}
          aria-label={translate('resources.leads.kanban.open', { name: fullName(lead) })}
          data-testid="lead-card"
          data-lead-id={lead.id}
          data-status={lead.status}
          sx={{
            mb: 1.25,
            borderRadius: 3,
            outline: 'none',
            '&:focus-visible > .MuiCard-root': { boxShadow: (theme) => `0 0 0 3px ${alpha(theme.palette.primary.main, 0.45)}` },
          }}
        >
          <LeadCardContent lead={lead} dragging={snapshot.isDragging && !snapshot.isDropAnimating} />
        </Box>
      )}
    </Draggable>
  );
});
LeadCard.displayName = 'LeadCard';
