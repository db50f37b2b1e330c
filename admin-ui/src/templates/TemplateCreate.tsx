import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { FormHeader } from '../common/FormLayout';
import { TemplateInputs } from './TemplateInputs';
import { cleanTemplate } from './templateModel';

const DEFAULTS = { channel: 'SMS', category: 'APPOINTMENT_REMINDER', isActive: true, variables: [] };

/** A new template. A text the server refuses (an undeclared variable, a tag it does not allow) is marked on the field. */
export const TemplateCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="resources.templates.page.create"
      transform={cleanTemplate}
      mutationOptions={{
        onSuccess: (template: RaRecord) => {
          notify('resources.templates.notifications.created', { type: 'success', messageArgs: { name: String(template.name) } });
          redirect('edit', 'templates', template.id);
        },
      }}
      sx={{ maxWidth: 1320, mx: 'auto' }}
    >
      <SimpleForm defaultValues={DEFAULTS} sx={{ p: { xs: 2, md: 3 } }}>
        <FormHeader icon={<NoteAddIcon />} title={translate('resources.templates.page.create')} hint={translate('resources.templates.page.create_hint')} />
        <TemplateInputs />
      </SimpleForm>
    </Create>
  );
};
