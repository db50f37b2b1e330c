// The fields Create and Edit share: what to do, how urgent, when, for whom and about which lead.
import { humanize, TASK_PRIORITIES, TASK_TYPES } from '@hospital-crm/domain';
import {
  AutocompleteInput,
  DateTimeInput,
  maxLength,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { fullName } from '../common/display';
import { FormSection, WideField } from '../common/FormLayout';
import type { LeadSummary } from '../providers/apiTypes';
import { REMINDER_CHOICES } from './taskModel';
import { useTaskAssignees } from './useTaskAssignees';

const TYPE_CHOICES = TASK_TYPES.map((id) => ({ id, name: humanize(id) }));
const PRIORITY_CHOICES = TASK_PRIORITIES.map((id) => ({ id, name: humanize(id) }));

const AssigneeInput = () => {
  const people = useTaskAssignees();
  return (
    <SelectInput
      source="assignedToId"
      choices={people.data.map((person) => ({ id: person.id, name: fullName(person) }))}
      isPending={people.isPending}
      validate={required()}
      helperText="resources.tasks.helpers.assignedToId"
    />
  );
};

/** The lead the task is about; lead workers only (others cannot list leads). */
const LeadInput = () => {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'leads' });
  if (!canAccess) return null;
  return (
    <ReferenceInput source="leadId" reference="leads" sort={{ field: 'createdAt', order: 'DESC' }}>
      <AutocompleteInput
        optionText={(lead: LeadSummary) => `${fullName(lead)} · ${lead.leadNumber}`}
        filterToQuery={(q: string) => ({ q })}
        helperText="resources.tasks.helpers.leadId"
      />
    </ReferenceInput>
  );
};

export const TaskInputs = () => {
  const translate = useTranslate();
  const reminders = REMINDER_CHOICES.map((minutes) => ({ id: minutes, name: translate(`resources.tasks.reminders.${minutes}`) }));
  return (
    <>
      <FormSection title={translate('resources.tasks.sections.task')}>
        <WideField>
          <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        </WideField>
        <SelectInput source="taskType" choices={TYPE_CHOICES} validate={required()} />
        <SelectInput source="priority" choices={PRIORITY_CHOICES} validate={required()} />
        <WideField>
          <TextInput source="description" multiline minRows={3} validate={maxLength(5000)} fullWidth />
        </WideField>
      </FormSection>
      <FormSection title={translate('resources.tasks.sections.when_who')}>
        <DateTimeInput source="dueDate" validate={required()} />
        <SelectArrayInput source="reminderMinutesBefore" choices={reminders} helperText="resources.tasks.helpers.reminderMinutesBefore" />
        <AssigneeInput />
        <LeadInput />
      </FormSection>
    </>
  );
};
