// The list's filters, shared by the board and the table: search, status, source, assignee,
// score range and tags. Choices come from the domain and the API; tags hide when unavailable.
import { LEAD_SOURCE_LABELS, LEAD_SOURCES, LEAD_STATUS_META, LEAD_STATUSES } from '@hospital-crm/domain';
import { NumberInput, SearchInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { fullName } from '../common/display';
import { useAssignableUsers, useTags } from './useLeadLookups';

const STATUS_CHOICES = LEAD_STATUSES.map((id) => ({ id, name: LEAD_STATUS_META[id].label }));
const SOURCE_CHOICES = LEAD_SOURCES.map((id) => ({ id, name: LEAD_SOURCE_LABELS[id] }));

type FilterProps = { source: string; label?: string; alwaysOn?: boolean };

const LeadSearchInput = (props: FilterProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('resources.leads.filters.search')} sx={{ minWidth: 300 }} />;
};

const AssigneeFilter = (props: FilterProps) => {
  const translate = useTranslate();
  const { data = [], isPending } = useAssignableUsers();
  const choices = [{ id: 'none', name: translate('resources.leads.filters.unassigned') }, ...data.map((user) => ({ id: user.id, name: fullName(user) }))];
  return <SelectInput {...props} choices={choices} isPending={isPending} sx={{ minWidth: 180 }} />;
};

const TagsFilter = (props: FilterProps) => {
  const { data = [], available, isPending } = useTags();
  if (!available) return null;
  return <SelectArrayInput {...props} choices={data.map((tag) => ({ id: tag.id, name: tag.name }))} isPending={isPending} sx={{ minWidth: 180 }} />;
};

export const leadFilters = [
  <LeadSearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={STATUS_CHOICES} sx={{ minWidth: 180 }} />,
  <SelectArrayInput key="source" source="source" choices={SOURCE_CHOICES} sx={{ minWidth: 180 }} />,
  <AssigneeFilter key="assignedToId" source="assignedToId" label="resources.leads.fields.assignedTo" />,
  <NumberInput key="scoreMin" source="scoreMin" min={0} max={100} sx={{ width: 130 }} />,
  <NumberInput key="scoreMax" source="scoreMax" min={0} max={100} sx={{ width: 130 }} />,
  <TagsFilter key="tagIds" source="tagIds" label="resources.leads.fields.tags" />,
];
