// The campaign builder's fields: what to send (type, channel, a template of that channel), to whom
// (the seed's audience filters, with the live count beside them) and when, at what cost.
import { Box } from '@mui/material';
import { CAMPAIGN_TYPES, CONTACT_TYPES, GENDERS, humanize, SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';
import { useWatch } from 'react-hook-form';
import {
  CheckboxGroupInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { FormSection, WideField } from '../common/FormLayout';
import { useChannelTemplates } from '../communications/TemplateChooser';
import { AudiencePreviewCard } from './AudiencePreviewCard';

const TemplateInput = () => {
  const translate = useTranslate();
  const channel = useWatch({ name: 'channel' }) as SendableChannel | undefined;
  const { data = [], isPending } = useChannelTemplates(channel ?? 'EMAIL', Boolean(channel));
  const helper = !channel
    ? 'resources.campaigns.helpers.choose_channel'
    : !isPending && data.length === 0
      ? 'resources.campaigns.helpers.template_none'
      : 'resources.campaigns.helpers.template';
  return (
    <SelectInput
      source="templateId"
      choices={data.map((template) => ({ id: template.id, name: template.name }))}
      validate={required()}
      disabled={!channel}
      isPending={Boolean(channel) && isPending}
      helperText={translate(helper)}
      fullWidth
    />
  );
};

const a = (field: string) => `resources.campaigns.audience.${field}`;

export const CampaignInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <FormSection title={translate('resources.campaigns.sections.message')}>
        <WideField>
          <TextInput source="name" validate={[required(), maxLength(200)]} autoFocus fullWidth />
        </WideField>
        <WideField>
          <TextInput source="description" multiline minRows={2} validate={maxLength(2000)} fullWidth />
        </WideField>
        <SelectInput source="campaignType" choices={CAMPAIGN_TYPES.map((id) => ({ id, name: humanize(id) }))} validate={required()} />
        <SelectInput source="channel" choices={SENDABLE_CHANNELS.map((id) => ({ id, name: humanize(id) }))} validate={required()} />
        <WideField>
          <TemplateInput />
        </WideField>
      </FormSection>
      <FormSection title={translate('resources.campaigns.sections.audience')}>
        <WideField>
          <AudiencePreviewCard />
        </WideField>
        <CheckboxGroupInput
          source="audienceForm.contactTypes"
          label={a('contactTypes')}
          helperText={a('contactTypes_helper')}
          choices={CONTACT_TYPES.map((id) => ({ id, name: a(id) }))}
        />
        <CheckboxGroupInput source="audienceForm.gender" label={a('gender')} choices={GENDERS.map((id) => ({ id, name: humanize(id) }))} />
        <NumberInput source="audienceForm.ageMin" label={a('ageMin')} min={0} max={130} validate={[minValue(0), maxValue(130)]} />
        <NumberInput source="audienceForm.ageMax" label={a('ageMax')} min={0} max={130} validate={[minValue(0), maxValue(130)]} />
        <NumberInput source="audienceForm.lastVisitWithin" label={a('lastVisitWithin')} helperText={a('lastVisit_helper')} min={1} max={3650} />
        <NumberInput source="audienceForm.engagementMin" label={a('engagementMin')} helperText={a('engagement_helper')} min={0} max={100} />
        <TextArrayInput source="audienceForm.conditions" label={a('conditions')} helperText={a('list_helper')} />
        <TextArrayInput source="audienceForm.departments" label={a('departments')} helperText={a('list_helper')} />
        <TextArrayInput source="audienceForm.tags" label={a('tags')} helperText={a('tags_helper')} />
        <TextArrayInput source="audienceForm.excludeTags" label={a('excludeTags')} helperText={a('list_helper')} />
      </FormSection>
      <FormSection title={translate('resources.campaigns.sections.schedule')}>
        <WideField>
          <DateTimeInput source="scheduledAt" helperText="resources.campaigns.helpers.scheduledAt" fullWidth />
        </WideField>
        <NumberInput source="costPerMessage" min={0} step={0.01} helperText="resources.campaigns.helpers.costPerMessage" validate={minValue(0)} />
        <NumberInput source="budget" min={0} step={1} validate={minValue(0)} />
      </FormSection>
    </Box>
  );
};
