// Every message of the hospital, newest first: sent, scheduled, received or logged by hand,
// with where each one got to and why a failed one failed.
import ForumIcon from '@mui/icons-material/ForumOutlined';
import NorthEastIcon from '@mui/icons-material/NorthEast';
import SouthWestIcon from '@mui/icons-material/SouthWest';
import { Box, Button, Card, Stack, Tooltip, Typography } from '@mui/material';
import { DataTable, FilterButton, List, Pagination, TopToolbar, useCanAccess, useCreatePath, useRedirect, useTranslate } from 'react-admin';
import { AssigneeAvatar } from '../common/AssigneeAvatar';
import { formatDateTime, fullName } from '../common/display';
import { EmptyState } from '../common/EmptyState';
import { ListError } from '../common/ListError';
import type { Communication } from '../providers/apiTypes';
import { ChannelLabel } from '../common/ChannelLabel';
import { counterpartOf, excerpt, statusTime } from './communicationDisplay';
import { communicationFilters } from './CommunicationFilters';
import { CommunicationStatusChip } from './CommunicationStatusChip';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

const CommunicationEmpty = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'leads' });
  return (
    <EmptyState
      testId="communications-empty"
      icon={<ForumIcon />}
      title={translate('resources.communications.empty.title')}
      body={translate('resources.communications.empty.body')}
      action={
        canAccess ? (
          <Button variant="contained" onClick={() => redirect('list', 'leads')}>
            {translate('resources.communications.empty.to_leads')}
          </Button>
        ) : undefined
      }
    />
  );
};

const DirectionIcon = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  const inbound = message.direction === 'INBOUND';
  const Icon = inbound ? SouthWestIcon : NorthEastIcon;
  return (
    <Tooltip title={translate(`resources.communications.directions.${message.direction}`)}>
      <Icon
        fontSize="small"
        sx={{ color: inbound ? 'success.main' : 'text.secondary' }}
        aria-label={translate(`resources.communications.directions.${message.direction}`)}
      />
    </Tooltip>
  );
};

const StatusCell = ({ message }: { message: Communication }) => (
  <Box>
    <CommunicationStatusChip status={message.status} />
    {message.failureReason && (
      <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5, maxWidth: 260 }} data-testid="failure-reason">
        {message.failureReason}
      </Typography>
    )}
  </Box>
);

const CounterpartCell = ({ message }: { message: Communication }) => {
  const who = counterpartOf(message);
  if (!who) return null;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {fullName(who)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {message.lead?.leadNumber ?? message.patient?.mrn}
      </Typography>
    </Box>
  );
};

const Column = DataTable.Col<Communication>;

const CommunicationTable = () => {
  const createPath = useCreatePath();
  return (
    <DataTable<Communication> rowClick={(id) => createPath({ resource: 'communications', type: 'show', id })} bulkActionButtons={false}>
      <Column
        source="createdAt"
        label="resources.communications.fields.when"
        render={(message) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(statusTime(message))}</span>}
      />
      <Column
        source="channel"
        disableSort
        render={(message) => (
          <Stack direction="row" spacing={1} alignItems="center">
            <DirectionIcon message={message} />
            <ChannelLabel channel={message.channel} />
          </Stack>
        )}
      />
      <Column source="lead" disableSort render={(message) => <CounterpartCell message={message} />} />
      <Column
        source="body"
        label="resources.communications.fields.message"
        disableSort
        render={(message) => (
          <Typography variant="body2" sx={{ maxWidth: 380 }} noWrap title={excerpt(message, 500)}>
            {excerpt(message)}
          </Typography>
        )}
      />
      <Column source="status" disableSort render={(message) => <StatusCell message={message} />} />
      <Column source="initiatedBy" disableSort render={(message) => (message.initiatedBy ? <AssigneeAvatar person={message.initiatedBy} showName /> : null)} />
    </DataTable>
  );
};

export const CommunicationList = () => (
  <List
    filters={communicationFilters}
    actions={<ListActions />}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    empty={<CommunicationEmpty />}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    component={Card}
    exporter={false}
    error={<ListError />}
    sx={{ mt: 1 }}
  >
    <CommunicationTable />
  </List>
);
