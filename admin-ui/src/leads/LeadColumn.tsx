// One pipeline stage: a header in the stage's colour with its count, then its cards in board order.
import MoveDownIcon from '@mui/icons-material/MoveDown';
import { Box, Chip, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { Droppable } from '@hello-pangea/dnd';
import { LEAD_STATUS_META, type LeadStatus } from '@hospital-crm/domain';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { LeadSummary } from '../providers/apiTypes';
import { LeadCard } from './LeadCard';
import { StatusDot } from '../common/ColorChip';

const COLUMN_SX = {
  flex: '1 0 220px',
  minWidth: 220,
  maxWidth: 340,
  display: 'flex',
  flexDirection: 'column',
  borderRadius: 4,
  overflow: 'hidden',
} as const;

const ColumnHeader = ({ status, count }: { status: LeadStatus; count?: number }) => {
  const { label, color } = LEAD_STATUS_META[status];
  return (
    <Box
      sx={{
        px: 1.75,
        pt: 1.5,
        pb: 1.25,
        borderTop: `3px solid ${color}`,
        background: `linear-gradient(180deg, ${alpha(color, 0.1)} 0%, transparent 100%)`,
      }}
    >
      <Stack direction="row" alignItems="center" spacing={1}>
        <StatusDot color={color} />
        <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 700, flex: 1, letterSpacing: '0.01em' }}>
          {label}
        </Typography>
        {count !== undefined && (
          <Chip
            size="small"
            label={count}
            data-testid="column-count"
            sx={{ height: 22, minWidth: 28, fontWeight: 700, color, backgroundColor: alpha(color, 0.14) }}
          />
        )}
      </Stack>
    </Box>
  );
};

const EmptyColumn = ({ color, children }: { color: string; children: ReactNode }) => (
  <Box
    sx={{
      border: `1.5px dashed ${alpha(color, 0.35)}`,
      borderRadius: 3,
      py: 3,
      px: 2,
      textAlign: 'center',
      color: 'text.secondary',
    }}
  >
    <MoveDownIcon sx={{ color: alpha(color, 0.6), mb: 0.5 }} />
    <Typography variant="caption" component="p">
      {children}
    </Typography>
  </Box>
);

type LeadColumnProps = {
  status: LeadStatus;
  leads: LeadSummary[];
  total: number;
  /** Filters are narrowing the board: an empty column means "nothing matches", not "nothing here". */
  filtered?: boolean;
};

export const LeadColumn = ({ status, leads, total, filtered = false }: LeadColumnProps) => {
  const translate = useTranslate();
  const { color, label } = LEAD_STATUS_META[status];
  const more = total - leads.length;
  return (
    <Paper component="section" aria-label={label} data-testid={`kanban-column-${status}`} sx={COLUMN_SX}>
      <ColumnHeader status={status} count={total} />
      <Droppable droppableId={status}>
        {(provided, snapshot) => (
          <Box
            ref={provided.innerRef}
            {...provided.droppableProps}
            sx={{
              flex: 1,
              minHeight: 160,
              px: 1.25,
              pt: 0.5,
              pb: 1,
              transition: 'background-color 150ms ease',
              backgroundColor: snapshot.isDraggingOver ? alpha(color, 0.08) : 'transparent',
            }}
          >
            {leads.map((lead, index) => (
              <LeadCard key={lead.id} lead={lead} index={index} />
            ))}
            {provided.placeholder}
            {leads.length === 0 && !snapshot.isDraggingOver && (
              <EmptyColumn color={color}>{translate(filtered ? 'resources.leads.kanban.no_match' : 'resources.leads.kanban.empty_column')}</EmptyColumn>
            )}
          </Box>
        )}
      </Droppable>
      {more > 0 && (
        <Typography variant="caption" color="text.secondary" sx={{ px: 1.75, pb: 1.5 }}>
          {translate('resources.leads.kanban.more', { count: more })}
        </Typography>
      )}
    </Paper>
  );
};

export const LeadColumnSkeleton = ({ status }: { status: LeadStatus }) => (
  <Paper sx={COLUMN_SX} aria-busy="true">
    <ColumnHeader status={status} />
    <Stack spacing={1.25} sx={{ px: 1.25, pb: 1.5 }}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} variant="rounded" height={112} sx={{ borderRadius: 3, opacity: 1 - i * 0.25 }} />
      ))}
    </Stack>
  </Paper>
);
