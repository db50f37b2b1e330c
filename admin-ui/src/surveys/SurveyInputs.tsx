// The fields Create and Edit share: what the survey is, whether answers are anonymous and whether
// it is in use, and its questions.
import { Alert } from '@mui/material';
import { humanize, SURVEY_TYPES } from '@hospital-crm/domain';
import { BooleanInput, maxLength, required, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { FormSection, WideField } from '../common/FormLayout';
import type { Survey } from '../providers/apiTypes';
import { QuestionsInput } from './QuestionsInput';

const TYPE_CHOICES = SURVEY_TYPES.map((id) => ({ id, name: humanize(id) }));

/** Once patients have answered, only changes that keep their answers valid are accepted (409 otherwise). */
const AnsweredNotice = () => {
  const translate = useTranslate();
  const survey = useRecordContext<Survey>();
  if (!survey?.responseCount) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, borderRadius: 2 }}>
      {translate('resources.surveys.builder.answered_notice', { smart_count: survey.responseCount })}
    </Alert>
  );
};

export const SurveyInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate('resources.surveys.sections.survey')}>
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <SelectInput source="surveyType" choices={TYPE_CHOICES} validate={required()} />
        <WideField>
          <TextInput source="description" multiline minRows={2} validate={maxLength(2000)} fullWidth />
        </WideField>
        <BooleanInput source="isAnonymous" helperText="resources.surveys.helpers.isAnonymous" />
        <BooleanInput source="isActive" helperText="resources.surveys.helpers.isActive" />
      </FormSection>
      <FormSection title={translate('resources.surveys.sections.questions')} columns={1}>
        <AnsweredNotice />
        <QuestionsInput />
      </FormSection>
    </>
  );
};
