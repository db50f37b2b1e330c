import EditIcon from '@mui/icons-material/EditOutlined';
import { Edit, SimpleForm, useEditContext, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../common/errors';
import { FormHeader } from '../common/FormLayout';
import type { Survey } from '../providers/apiTypes';
import { cleanSurvey } from './surveyModel';
import { SurveyInputs } from './SurveyInputs';

const EditHeader = () => {
  const translate = useTranslate();
  const { record } = useEditContext<Survey>();
  return <FormHeader icon={<EditIcon />} title={record?.name ?? ''} hint={translate('resources.surveys.page.edit_hint')} />;
};

export const SurveyEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return (
    <Edit<Survey>
      mutationMode="pessimistic"
      transform={(data) => cleanSurvey(data as Record<string, unknown>) as Survey}
      mutationOptions={{
        onSuccess: (survey: RaRecord) => {
          notify('resources.surveys.notifications.updated', { type: 'success' });
          redirect('show', 'surveys', survey.id);
        },
        // a 409 (answers would no longer fit) or 422 (a rule) says which question, in words
        onError: (error: unknown) => {
          const message = errorMessage(error);
          notify('resources.surveys.notifications.failed', {
            type: 'error',
            messageArgs: { message: translate(message, { _: message }) },
            autoHideDuration: 10_000,
          });
        },
      }}
      actions={false}
      sx={{ maxWidth: 1040, mx: 'auto' }}
    >
      <SimpleForm sx={{ p: { xs: 2, md: 3 } }}>
        <EditHeader />
        <SurveyInputs />
      </SimpleForm>
    </Edit>
  );
};
