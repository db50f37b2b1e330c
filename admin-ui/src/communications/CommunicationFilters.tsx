// The history's filters: channel, status, direction, a date range and the lead. Choices come
// from the domain's enums and labels.
import { COMMUNICATION_CHANNEL_LABELS, COMMUNICATION_CHANNELS, COMMUNICATION_DIRECTIONS, COMMUNICATION_STATUSES } from '@hospital-crm/domain';
import { AutocompleteInput, DateInput, ReferenceInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { fullName } from '../common/display';
import type { LeadSummary } from '../providers/apiTypes';

type FilterProps = { source: string; label?: string; alwaysOn?: boolean };

const CHANNEL_CHOICES = COMMUNICATION_CHANNELS.map((id) => ({ id, name: COMMUNICATION_CHANNEL_LABELS[id] }));

const StatusFilter = (props: FilterProps) => {
  const translate = useTranslate();
  const choices = COMMUNICATION_STATUSES.map((id) => ({ id, name: translate(`resources.communications.statuses.${id}`) }));
  return <SelectArrayInput {...props} choices={choices} sx={{ minWidth: 180 }} />;
};

const DirectionFilter = (props: FilterProps) => {
  const translate = useTranslate();
  const choices = COMMUNICATION_DIRECTIONS.map((id) => ({ id, name: translate(`resources.communications.directions.${id}`) }));
  return <SelectInput {...props} choices={choices} sx={{ minWidth: 150 }} />;
};

const leadOption = (lead: LeadSummary) => `${fullName(lead)} · ${lead.leadNumber}`;

const LeadFilter = (props: FilterProps) => (
  <ReferenceInput {...props} reference="leads" sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput
      label={props.label}
      optionText={(lead: LeadSummary) => leadOption(lead)}
      filterToQuery={(q: string) => ({ q })}
      helperText="resources.communications.filters.lead_search"
      sx={{ minWidth: 260 }}
    />
  </ReferenceInput>
);

export const communicationFilters = [
  <SelectArrayInput key="channel" source="channel" choices={CHANNEL_CHOICES} alwaysOn sx={{ minWidth: 180 }} />,
  <StatusFilter key="status" source="status" alwaysOn />,
  <DirectionFilter key="direction" source="direction" />,
  <DateInput key="from" source="from" label="resources.communications.filters.from" />,
  <DateInput key="to" source="to" label="resources.communications.filters.to" />,
  <LeadFilter key="leadId" source="leadId" label="resources.communications.fields.lead" />,
];
