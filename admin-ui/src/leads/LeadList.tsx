// The leads page: one set of filters over two views, the pipeline board (default) and a sortable
// table. The chosen view is remembered per browser.
import AddIcon from '@mui/icons-material/Add';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import TableRowsIcon from '@mui/icons-material/TableRowsOutlined';
import ViewKanbanIcon from '@mui/icons-material/ViewKanbanOutlined';
import { Box, Card, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { LEAD_SOURCE_LABELS } from '@hospital-crm/domain';
import { CreateButton, DataTable, FilterButton, List, TopToolbar, useCreatePath, useStore, useTranslate } from 'react-admin';
import type { LeadSummary } from '../providers/apiTypes';
import { BRAND } from '../theme';
import { AssigneeAvatar } from '../common/AssigneeAvatar';
import { CappedPagination } from '../common/CappedPagination';

import { leadFilters } from './LeadFilters';
import { formatDate, formatShortDate, fullName } from '../common/display';
import { followUpState } from './leadDisplay';
import { LeadKanban } from './LeadKanban';
import { LeadStatsStrip } from './LeadStatsStrip';
import { LeadStatusChip } from './LeadStatusChip';
import { ScoreChip } from './ScoreChip';
import { TagChip } from './TagChip';
import { ResourceEmpty } from '../common/ResourceListParts';

export type LeadView = 'board' | 'list';

const ViewToggle = ({ view, onChange }: { view: LeadView; onChange: (view: LeadView) => void }) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={view}
      onChange={(_, next: LeadView | null) => next && onChange(next)}
      aria-label={translate('resources.leads.views.label')}
      sx={{
        '& .MuiToggleButton-root': { px: 1.5, gap: 0.75, textTransform: 'none', fontWeight: 600, borderRadius: 2.5 },
        '& .Mui-selected': { color: `${BRAND.purple} !important`, backgroundColor: `${alpha(BRAND.violet, 0.14)} !important` },
      }}
    >
      <ToggleButton value="board" aria-label={translate('resources.leads.views.board')}>
        <ViewKanbanIcon fontSize="small" />
        {translate('resources.leads.views.board')}
      </ToggleButton>
      <ToggleButton value="list" aria-label={translate('resources.leads.views.list')}>
        <TableRowsIcon fontSize="small" />
        {translate('resources.leads.views.list')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
};

const LeadListActions = ({ view, onViewChange }: { view: LeadView; onViewChange: (view: LeadView) => void }) => (
  <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
    <FilterButton />
    <ViewToggle view={view} onChange={onViewChange} />
    <CreateButton variant="contained" icon={<AddIcon />} label="resources.leads.page.create" />
  </TopToolbar>
);

const FOLLOW_UP_COLORS = { overdue: 'error.main', today: 'warning.dark', upcoming: 'text.primary', none: 'text.disabled' } as const;

const NameCell = ({ lead }: { lead: LeadSummary }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="body2" sx={{ fontWeight: 600 }}>
      {fullName(lead)}
    </Typography>
    <Typography variant="caption" color="text.secondary">
      {lead.leadNumber}
    </Typography>
  </Box>
);

const ContactCell = ({ lead }: { lead: LeadSummary }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="body2">{lead.phone ?? ''}</Typography>
    <Typography variant="caption" color="text.secondary">
      {lead.email ?? ''}
    </Typography>
  </Box>
);

const Column = DataTable.Col<LeadSummary>;

const LeadTable = () => {
  const createPath = useCreatePath();
  return (
    <DataTable<LeadSummary>
      rowClick={(id) => createPath({ resource: 'leads', type: 'show', id })}
      sx={{ '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } }}
    >
      <Column source="lastName" label="resources.leads.fields.name" render={(lead) => <NameCell lead={lead} />} />
      <Column label="resources.leads.fields.contact" disableSort render={(lead) => <ContactCell lead={lead} />} />
      <Column source="status" disableSort render={(lead) => <LeadStatusChip status={lead.status} />} />
      <Column source="source" disableSort render={(lead) => LEAD_SOURCE_LABELS[lead.source] ?? lead.source} />
      <Column source="score" sortByOrder="DESC" render={(lead) => <ScoreChip score={lead.score} />} />
      <Column source="assignedTo" disableSort render={(lead) => <AssigneeAvatar person={lead.assignedTo} showName />} />
      <Column
        source="nextFollowUpAt"
        render={(lead) => (
          <Typography variant="body2" sx={{ color: FOLLOW_UP_COLORS[followUpState(lead.nextFollowUpAt)], whiteSpace: 'nowrap' }}>
            {formatShortDate(lead.nextFollowUpAt) || '—'}
          </Typography>
        )}
      />
      <Column
        source="tags"
        disableSort
        render={(lead) => (
          <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
            {lead.tags.map((tag) => (
              <TagChip key={tag.id} tag={tag} />
            ))}
          </Stack>
        )}
      />
      <Column source="createdAt" sortByOrder="DESC" render={(lead) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(lead.createdAt)}</span>} />
    </DataTable>
  );
};

export const LeadList = () => {
  const [view, setView] = useStore<LeadView>('leads.view', 'board');
  const board = view === 'board';
  return (
    <>
      <LeadStatsStrip />
      <List
        filters={leadFilters}
        actions={<LeadListActions view={view} onViewChange={setView} />}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        empty={<ResourceEmpty resource="leads" icon={<PersonAddIcon />} />}
        pagination={board ? false : <CappedPagination rowsPerPageOptions={[10, 25, 50, 100]} />}
        component={board ? Box : Card}
        sx={{
          // the board scrolls sideways inside the page, never widens it
          '& .RaList-main': { minWidth: 0 },
          '& .RaList-content': board ? { backgroundColor: 'transparent', boxShadow: 'none', border: 'none', backdropFilter: 'none' } : {},
        }}
      >
        {board ? <LeadKanban /> : <LeadTable />}
      </List>
    </>
  );
};
