import PollIcon from '@mui/icons-material/PollOutlined';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../common/errors';
import { FormHeader } from '../common/FormLayout';
import { cleanSurvey, newQuestion } from './surveyModel';
import { SurveyInputs } from './SurveyInputs';

const DEFAULTS = { surveyType: 'POST_VISIT', isAnonymous: false, isActive: true, questions: [newQuestion('NPS')] };

export const SurveyCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="resources.surveys.page.create"
      transform={cleanSurvey}
      mutationOptions={{
        onSuccess: (survey: RaRecord) => {
          notify('resources.surveys.notifications.created', { type: 'success', messageArgs: { name: String(survey.name) } });
          redirect('show', 'surveys', survey.id);
        },
        // a 422 names the question that breaks a rule; the fields it names are marked too
        onError: (error: unknown) => {
          const message = errorMessage(error);
          notify('resources.surveys.notifications.failed', {
            type: 'error',
            messageArgs: { message: translate(message, { _: message }) },
            autoHideDuration: 10_000,
          });
        },
      }}
      sx={{ maxWidth: 1040, mx: 'auto' }}
    >
      <SimpleForm defaultValues={DEFAULTS} sx={{ p: { xs: 2, md: 3 } }}>
        <FormHeader icon={<PollIcon />} title={translate('resources.surveys.page.create')} hint={translate('resources.surveys.page.create_hint')} />
        <SurveyInputs />
      </SimpleForm>
    </Create>
  );
};
