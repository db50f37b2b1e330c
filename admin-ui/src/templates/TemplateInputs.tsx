// The fields Create and Edit share, beside a live preview: what the template is (name, channel,
// category), what it says (subject for email, text with {{variables}}), and which variables it declares.
import PlaylistAddIcon from '@mui/icons-material/PlaylistAddOutlined';
import { Box, Button } from '@mui/material';
import { humanize, TEMPLATE_CATEGORIES, TEMPLATE_CHANNELS, TEMPLATE_LIMITS, COMMUNICATION_CHANNEL_LABELS } from '@hospital-crm/domain';
import {
  BooleanInput,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
  useInput,
  useTranslate,
} from 'react-admin';
import { FormSection, WideField } from '../common/FormLayout';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';
import { usedVariables, type TemplateDraft } from './templatePreview';
import { withUsedVariables } from './templateModel';

const CHANNEL_CHOICES = TEMPLATE_CHANNELS.map((id) => ({ id, name: COMMUNICATION_CHANNEL_LABELS[id] }));
const CATEGORY_CHOICES = TEMPLATE_CATEGORIES.map((id) => ({ id, name: humanize(id) }));

/** Adds the variables the text uses to the declared ones, so a save is not refused for them. */
const DeclareUsedVariablesButton = ({ draft }: { draft: TemplateDraft }) => {
  const translate = useTranslate();
  const { field } = useInput({ source: 'variables' });
  const used = usedVariables(draft);
  const declared = (field.value as string[] | undefined) ?? [];
  const missing = used.filter((name) => !declared.includes(name));
  return (
    <Button size="small" startIcon={<PlaylistAddIcon />} disabled={missing.length === 0} onClick={() => field.onChange(withUsedVariables(declared, used))}>
      {missing.length
        ? translate('resources.templates.actions.declare_used', { smart_count: missing.length })
        : translate('resources.templates.actions.all_declared')}
    </Button>
  );
};

const ContentInputs = ({ draft }: { draft: TemplateDraft }) => {
  const translate = useTranslate();
  const isEmail = draft.channel === 'EMAIL';
  const contentMax = draft.channel === 'SMS' ? TEMPLATE_LIMITS.smsContentMax : TEMPLATE_LIMITS.contentMax;
  return (
    <FormSection title={translate('resources.templates.sections.message')} columns={1}>
      {isEmail && (
        <TextInput source="subject" validate={[required(), maxLength(TEMPLATE_LIMITS.subjectMax)]} helperText="resources.templates.helpers.subject" />
      )}
      <TextInput
        source="content"
        multiline
        minRows={isEmail ? 8 : 5}
        validate={[required(), maxLength(contentMax)]}
        helperText={isEmail ? 'resources.templates.helpers.content_email' : 'resources.templates.helpers.content'}
      />
      <WideField>
        <TextArrayInput source="variables" helperText="resources.templates.helpers.variables" />
        <DeclareUsedVariablesButton draft={draft} />
      </WideField>
    </FormSection>
  );
};

export const TemplateInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' }, alignItems: 'start' }}>
      <Box sx={{ minWidth: 0 }}>
        <FormSection title={translate('resources.templates.sections.template')}>
          <TextInput source="name" validate={[required(), maxLength(TEMPLATE_LIMITS.nameMax)]} />
          <SelectInput source="category" choices={CATEGORY_CHOICES} validate={required()} />
          <RadioButtonGroupInput source="channel" choices={CHANNEL_CHOICES} validate={required()} row />
          <BooleanInput source="isActive" helperText="resources.templates.helpers.isActive" />
        </FormSection>
        <FormDataConsumer<TemplateDraft>>{({ formData }) => <ContentInputs draft={formData} />}</FormDataConsumer>
      </Box>
      <Box sx={{ minWidth: 0, position: { lg: 'sticky' }, top: { lg: 80 } }}>
        <FormDataConsumer<TemplateDraft>>{({ formData }) => <TemplatePreviewPanel draft={formData} />}</FormDataConsumer>
      </Box>
    </Box>
  );
};
