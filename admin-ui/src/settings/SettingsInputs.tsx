// The settings in four groups: how leads are handed out and followed up, when and how often
// messages may go out, which surveys are sent after visits, and how revenue is attributed.
import { COMMUNICATION_CHANNEL_LABELS, humanize, SENDABLE_CHANNELS } from '@hospital-crm/domain';
import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { FormSection, WideField } from '../common/FormLayout';
import { ASSIGNMENT_STRATEGIES, timeZoneChoices } from './settingsModel';

const CHANNEL_CHOICES = SENDABLE_CHANNELS.map((id) => ({ id, name: COMMUNICATION_CHANNEL_LABELS[id] }));
const STRATEGY_CHOICES = ASSIGNMENT_STRATEGIES.map((id) => ({ id, name: `crm.settings.strategies.${id}` }));
const ACTIVE_SURVEYS = { isActive: true };

const SurveyChoice = ({ source }: { source: 'postVisitSurveyId' | 'postDischargeSurveyId' }) => (
  <ReferenceInput source={source} reference="surveys" filter={ACTIVE_SURVEYS} sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" emptyText="crm.settings.no_survey" label={`crm.settings.fields.${source}`} helperText={`crm.settings.helpers.${source}`} />
  </ReferenceInput>
);

export const SettingsInputs = ({ timezone }: { timezone: string }) => {
  const translate = useTranslate();
  const field = (name: string) => ({ source: name, label: `crm.settings.fields.${name}` });
  return (
    <>
      <FormSection title={translate('crm.settings.sections.leads')}>
        <BooleanInput {...field('autoAssignLeads')} helperText="crm.settings.helpers.autoAssignLeads" />
        <SelectInput {...field('assignmentStrategy')} choices={STRATEGY_CHOICES} validate={required()} />
        <BooleanInput {...field('autoFollowUpTask')} helperText="crm.settings.helpers.autoFollowUpTask" />
        <NumberInput {...field('followUpTaskDueHours')} validate={required()} helperText="crm.settings.helpers.followUpTaskDueHours" />
        <WideField>
          <TextInput {...field('taskReminderMinutes')} helperText="crm.settings.helpers.taskReminderMinutes" fullWidth />
        </WideField>
      </FormSection>
      <FormSection title={translate('crm.settings.sections.messages')}>
        <WideField>
          <AutocompleteInput {...field('timezone')} choices={timeZoneChoices(timezone)} validate={required()} helperText="crm.settings.helpers.timezone" />
        </WideField>
        <TextInput {...field('quietHoursStart')} placeholder="21:00" helperText="crm.settings.helpers.quietHours" />
        <TextInput {...field('quietHoursEnd')} placeholder="08:00" helperText="crm.settings.helpers.quietHours" />
        <NumberInput {...field('frequencyCapPerWeek')} validate={required()} helperText="crm.settings.helpers.frequencyCapPerWeek" />
        <span />
        {SENDABLE_CHANNELS.map((channel) => (
          <NumberInput
            key={channel}
            source={`rateLimits.${channel}`}
            label={translate('crm.settings.fields.rateLimit', { channel: COMMUNICATION_CHANNEL_LABELS[channel] ?? humanize(channel) })}
            helperText="crm.settings.helpers.rateLimit"
          />
        ))}
      </FormSection>
      <FormSection title={translate('crm.settings.sections.surveys')}>
        <BooleanInput {...field('autoSurveyEnabled')} helperText="crm.settings.helpers.autoSurveyEnabled" />
        <NumberInput {...field('surveyDelayHours')} validate={required()} />
        <SelectInput {...field('surveyChannel')} choices={CHANNEL_CHOICES} validate={required()} />
        <span />
        <SurveyChoice source="postVisitSurveyId" />
        <SurveyChoice source="postDischargeSurveyId" />
      </FormSection>
      <FormSection title={translate('crm.settings.sections.reports')}>
        <NumberInput {...field('attributionWindowDays')} validate={required()} helperText="crm.settings.helpers.attributionWindowDays" />
      </FormSection>
    </>
  );
};
