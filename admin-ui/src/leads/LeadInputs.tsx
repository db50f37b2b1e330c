// The fields Create and Edit share, grouped the way a receptionist takes an inquiry: the person,
// how to reach them, what they asked for, and when to follow up.
import { Box } from '@mui/material';
import { GENDERS, LEAD_SOURCE_LABELS, LEAD_SOURCES } from '@hospital-crm/domain';
import {
  BooleanInput,
  DateInput,
  DateTimeInput,
  maxLength,
  required,
  SelectArrayInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { FormSection, WideField } from '../common/FormLayout';
import { fullName } from '../common/display';
import { emailError, phoneError } from './leadModel';
import { useAssignableUsers, useTags } from './useLeadLookups';

const SOURCE_CHOICES = LEAD_SOURCES.map((id) => ({ id, name: LEAD_SOURCE_LABELS[id] }));

// Services hospitals are most often asked about; anything else can be typed.
const COMMON_INTERESTS = [
  'General checkup',
  'Cardiology',
  'Orthopaedics',
  'Maternity',
  'Paediatrics',
  'Dermatology',
  'Dental',
  'Oncology',
  'Physiotherapy',
  'Diagnostics',
];

const validatePhone = (value: unknown) => phoneError(value) ?? undefined;
const validateEmail = (value: unknown) => emailError(value) ?? undefined;

/** Owner and first tags are set here only on create; afterwards the lead page has their own controls. */
const CreateOnlyInputs = () => {
  const translate = useTranslate();
  const users = useAssignableUsers();
  const tags = useTags();
  return (
    <>
      <SelectInput
        source="assignedToId"
        choices={(users.data ?? []).map((user) => ({ id: user.id, name: fullName(user) }))}
        emptyText={translate('resources.leads.show.unassigned')}
        helperText="resources.leads.helpers.assignedToId"
        isPending={users.isPending}
      />
      {tags.available && (
        <SelectArrayInput source="tagIds" choices={(tags.data ?? []).map((tag) => ({ id: tag.id, name: tag.name }))} isPending={tags.isPending} />
      )}
    </>
  );
};

export const LeadInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const genders = GENDERS.map((id) => ({ id, name: translate(`resources.leads.genders.${id}`) }));
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <FormSection title={translate('resources.leads.sections.person')}>
        <TextInput source="firstName" validate={[required(), maxLength(100)]} autoFocus={mode === 'create'} />
        <TextInput source="lastName" validate={[required(), maxLength(100)]} />
        <DateInput source="dateOfBirth" />
        <SelectInput source="gender" choices={genders} emptyText="" />
      </FormSection>

      <FormSection title={translate('resources.leads.sections.contact')}>
        <TextInput source="phone" type="tel" validate={validatePhone} helperText="resources.leads.helpers.phone" />
        <TextInput source="email" type="email" validate={[validateEmail, maxLength(254)]} />
        <WideField>
          <TextInput source="address" validate={maxLength(500)} fullWidth />
        </WideField>
        <WideField>
          <BooleanInput source="doNotMarket" />
        </WideField>
      </FormSection>

      <FormSection title={translate('resources.leads.sections.inquiry')}>
        <SelectInput source="source" choices={SOURCE_CHOICES} validate={required()} />
        <TextInput source="sourceDetail" validate={maxLength(200)} helperText="resources.leads.helpers.sourceDetail" />
        <WideField>
          <TextArrayInput source="interestedIn" options={COMMON_INTERESTS} helperText="resources.leads.helpers.interestedIn" />
        </WideField>
        <DateTimeInput source="preferredDate" />
      </FormSection>

      <FormSection title={translate('resources.leads.sections.follow_up')}>
        <DateTimeInput source="nextFollowUpAt" />
        {mode === 'create' && <CreateOnlyInputs />}
      </FormSection>

      <FormSection title={translate('resources.leads.sections.notes')}>
        <WideField>
          <TextInput source="notes" multiline minRows={3} validate={maxLength(5000)} fullWidth />
        </WideField>
      </FormSection>
    </Box>
  );
};
