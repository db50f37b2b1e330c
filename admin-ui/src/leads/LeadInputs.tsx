// The fields Create and Edit share, grouped the way a receptionist takes an inquiry: the person,
// how to reach them, what they asked for, and when to follow up.
import { Avatar, Box, Stack, Typography } from '@mui/material';
import { GENDERS, LEAD_SOURCE_LABELS, LEAD_SOURCES } from '@hospital-crm/domain';
import type { ReactNode } from 'react';
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
import { BRAND_GRADIENT } from '../theme';
import { fullName } from './leadDisplay';
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

/** The form's heading: what this page is for, in one line. */
export const LeadFormHeader = ({ icon, title, hint }: { icon: ReactNode; title: string; hint: string }) => (
  <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2.5 }}>
    <Avatar variant="rounded" sx={{ width: 44, height: 44, borderRadius: '12px', backgroundImage: BRAND_GRADIENT, color: '#fff' }}>
      {icon}
    </Avatar>
    <Box>
      <Typography variant="h6" component="h1">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
    </Box>
  </Stack>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="fieldset" sx={{ border: 'none', p: 0, m: 0, mb: 1.5, width: '100%', minWidth: 0 }}>
    <Typography component="legend" variant="overline" sx={{ color: 'primary.main', fontWeight: 700, letterSpacing: '0.08em', mb: 0.5 }}>
      {title}
    </Typography>
    <Box sx={{ display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>{children}</Box>
  </Box>
);

const Wide = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: { md: '1 / -1' } }}>{children}</Box>;

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
      <Section title={translate('resources.leads.sections.person')}>
        <TextInput source="firstName" validate={[required(), maxLength(100)]} autoFocus={mode === 'create'} />
        <TextInput source="lastName" validate={[required(), maxLength(100)]} />
        <DateInput source="dateOfBirth" />
        <SelectInput source="gender" choices={genders} emptyText="" />
      </Section>

      <Section title={translate('resources.leads.sections.contact')}>
        <TextInput source="phone" type="tel" validate={validatePhone} helperText="resources.leads.helpers.phone" />
        <TextInput source="email" type="email" validate={[validateEmail, maxLength(254)]} />
        <Wide>
          <TextInput source="address" validate={maxLength(500)} fullWidth />
        </Wide>
        <Wide>
          <BooleanInput source="doNotMarket" />
        </Wide>
      </Section>

      <Section title={translate('resources.leads.sections.inquiry')}>
        <SelectInput source="source" choices={SOURCE_CHOICES} validate={required()} />
        <TextInput source="sourceDetail" validate={maxLength(200)} helperText="resources.leads.helpers.sourceDetail" />
        <Wide>
          <TextArrayInput source="interestedIn" options={COMMON_INTERESTS} helperText="resources.leads.helpers.interestedIn" />
        </Wide>
        <DateTimeInput source="preferredDate" />
      </Section>

      <Section title={translate('resources.leads.sections.follow_up')}>
        <DateTimeInput source="nextFollowUpAt" />
        {mode === 'create' && <CreateOnlyInputs />}
      </Section>

      <Section title={translate('resources.leads.sections.notes')}>
        <Wide>
          <TextInput source="notes" multiline minRows={3} validate={maxLength(5000)} fullWidth />
        </Wide>
      </Section>
    </Box>
  );
};
