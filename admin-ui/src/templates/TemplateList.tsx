// The hospital's message templates: which channel, what for, what they say, which variables they need.
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import { Box, Card, Chip, Stack, Typography } from '@mui/material';
import { COMMUNICATION_CHANNEL_LABELS, humanize, TEMPLATE_CATEGORIES, TEMPLATE_CHANNELS } from '@hospital-crm/domain';
import { DataTable, List, NullableBooleanInput, Pagination, SearchInput, SelectArrayInput, useCreatePath, useTranslate } from 'react-admin';
import { formatDate } from '../common/display';

import { ChannelLabel } from '../common/ChannelLabel';
import { plainText } from '../common/display';
import { ListError } from '../common/ListError';
import type { MessageTemplate } from '../providers/apiTypes';
import { CreateListActions, ResourceEmpty } from '../common/ResourceListParts';

const SearchFilter = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <SearchInput source={source} alwaysOn={alwaysOn} placeholder={translate('resources.templates.filters.search')} sx={{ minWidth: 260 }} />;
};

const templateFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="channel"
    source="channel"
    choices={TEMPLATE_CHANNELS.map((id) => ({ id, name: COMMUNICATION_CHANNEL_LABELS[id] }))}
    sx={{ minWidth: 160 }}
  />,
  <SelectArrayInput key="category" source="category" choices={TEMPLATE_CATEGORIES.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 200 }} />,
  <NullableBooleanInput key="isActive" source="isActive" />,
];

const NameCell = ({ template }: { template: MessageTemplate }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {template.name}
        </Typography>
        {!template.isActive && <Chip size="small" variant="outlined" label={translate('resources.templates.inactive')} />}
      </Stack>
      <Typography variant="caption" color="text.secondary" noWrap component="p" sx={{ maxWidth: 420 }}>
        {template.subject ?? plainText(template.content)}
      </Typography>
    </Box>
  );
};

const Column = DataTable.Col<MessageTemplate>;

export const TemplateList = () => {
  const createPath = useCreatePath();
  return (
    <List
      filters={templateFilters}
      actions={<CreateListActions resource="templates" />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      empty={<ResourceEmpty resource="templates" icon={<DescriptionIcon />} />}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      component={Card}
      exporter={false}
      error={<ListError />}
      sx={{ mt: 1 }}
    >
      <DataTable<MessageTemplate> rowClick={(id) => createPath({ resource: 'templates', type: 'edit', id })} bulkActionButtons={false}>
        <Column source="name" render={(template) => <NameCell template={template} />} />
        <Column source="channel" render={(template) => <ChannelLabel channel={template.channel} />} />
        <Column source="category" render={(template) => humanize(template.category)} />
        <Column
          source="variables"
          disableSort
          render={(template) => (
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
              {template.variables.map((name) => (
                <Chip key={name} size="small" variant="outlined" label={`{{${name}}}`} sx={{ height: 22, fontSize: 12 }} />
              ))}
            </Stack>
          )}
        />
        <Column source="updatedAt" render={(template) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(template.updatedAt)}</span>} />
      </DataTable>
    </List>
  );
};
