// The hospital's campaigns: status, type, channel and how far each send has gone.
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { Card, LinearProgress, Stack, Typography } from '@mui/material';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, humanize, SENDABLE_CHANNELS } from '@hospital-crm/domain';
import { DataTable, List, Pagination, SearchInput, SelectArrayInput, useCreatePath, useTranslate } from 'react-admin';

import { ListError } from '../common/ListError';
import type { Campaign } from '../providers/apiTypes';
import { progressPercent } from './campaignModel';
import { CampaignStatusChip } from './CampaignStatusChip';
import { CreateListActions, ResourceEmpty } from '../common/ResourceListParts';

const SearchFilter = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <SearchInput source={source} alwaysOn={alwaysOn} placeholder={translate('resources.campaigns.filters.search')} sx={{ minWidth: 240 }} />;
};

const StatusFilter = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <SelectArrayInput
      source={source}
      choices={CAMPAIGN_STATUSES.map((id) => ({ id, name: translate(`resources.campaigns.statuses.${id}`) }))}
      sx={{ minWidth: 200 }}
    />
  );
};

const campaignFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <StatusFilter key="status" source="status" alwaysOn />,
  <SelectArrayInput key="campaignType" source="campaignType" choices={CAMPAIGN_TYPES.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="channel" source="channel" choices={SENDABLE_CHANNELS.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 180 }} />,
];

const number = new Intl.NumberFormat('en-GB');

const SentCell = ({ campaign }: { campaign: Campaign }) => (
  <Stack spacing={0.5} sx={{ minWidth: 120 }}>
    <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {number.format(campaign.sentCount)} / {number.format(campaign.totalRecipients)}
    </Typography>
    <LinearProgress variant="determinate" value={progressPercent(campaign.sentCount + campaign.failedCount, campaign.totalRecipients)} aria-hidden="true" />
  </Stack>
);

const Column = DataTable.Col<Campaign>;

export const CampaignList = () => {
  const createPath = useCreatePath();
  return (
    <List
      filters={campaignFilters}
      actions={<CreateListActions resource="campaigns" />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<ResourceEmpty resource="campaigns" icon={<CampaignIcon />} />}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      component={Card}
      exporter={false}
      error={<ListError />}
      sx={{ mt: 1 }}
    >
      <DataTable<Campaign> rowClick={(id) => createPath({ resource: 'campaigns', type: 'show', id })} bulkActionButtons={false}>
        <Column
          source="name"
          disableSort
          render={(campaign) => (
            <Typography sx={{ fontWeight: 600 }} variant="body2">
              {campaign.name}
            </Typography>
          )}
        />
        <Column source="status" disableSort render={(campaign) => <CampaignStatusChip status={campaign.status} />} />
        <Column source="campaignType" disableSort render={(campaign) => humanize(campaign.campaignType)} />
        <Column source="channel" disableSort render={(campaign) => humanize(campaign.channel)} />
        <Column source="progress" disableSort render={(campaign) => <SentCell campaign={campaign} />} />
      </DataTable>
    </List>
  );
};
