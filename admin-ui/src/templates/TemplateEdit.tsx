import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useEditContext, useNotify, useTranslate } from 'react-admin';
import { FormHeader } from '../common/FormLayout';
import type { MessageTemplate } from '../providers/apiTypes';
import { TemplateInputs } from './TemplateInputs';
import { cleanTemplate } from './templateModel';

const EditHeader = () => {
  const translate = useTranslate();
  const { record } = useEditContext<MessageTemplate>();
  return <FormHeader icon={<EditNoteIcon />} title={record?.name ?? ''} hint={translate('resources.templates.page.edit_hint')} />;
};

/** Deleting a template that messages used only deactivates it (the API keeps it for their history). */
const TemplateToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton confirmTitle="resources.templates.delete.title" confirmContent="resources.templates.delete.body" mutationMode="pessimistic" />
  </Toolbar>
);

export const TemplateEdit = () => {
  const notify = useNotify();
  return (
    <Edit<MessageTemplate>
      mutationMode="pessimistic"
      transform={(data) => cleanTemplate(data as Record<string, unknown>) as MessageTemplate}
      mutationOptions={{ onSuccess: () => notify('resources.templates.notifications.updated', { type: 'success' }) }}
      redirect={false}
      actions={false}
      sx={{ maxWidth: 1320, mx: 'auto' }}
    >
      <SimpleForm toolbar={<TemplateToolbar />} sx={{ p: { xs: 2, md: 3 } }}>
        <EditHeader />
        <TemplateInputs />
      </SimpleForm>
    </Edit>
  );
};
