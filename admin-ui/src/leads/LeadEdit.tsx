// Edit the person and the inquiry. Status, owner and tags change from the lead page, where each
// has its own rules (reasons, assignable staff, the tags module).
import EditIcon from '@mui/icons-material/EditOutlined';
import { Edit, SimpleForm, useEditContext, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { fullName } from '../common/display';
import { FormHeader } from '../common/FormLayout';
import { LeadInputs } from './LeadInputs';
import { transformEdit } from './leadModel';

const EditTitle = () => {
  const translate = useTranslate();
  const { record } = useEditContext<LeadDetail>();
  return <>{record ? translate('resources.leads.page.edit', { name: fullName(record) }) : ''}</>;
};

const EditHeader = () => {
  const translate = useTranslate();
  const { record } = useEditContext<LeadDetail>();
  return <FormHeader icon={<EditIcon />} title={record ? fullName(record) : ''} hint={translate('resources.leads.page.edit_hint')} />;
};

export const LeadEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit<LeadDetail>
      title={<EditTitle />}
      mutationMode="pessimistic"
      transform={(data, options) => transformEdit(data as Record<string, unknown>, options as { previousData?: Record<string, unknown> }) as LeadDetail}
      mutationOptions={{
        onSuccess: (lead: RaRecord) => {
          notify('resources.leads.notifications.updated', { type: 'success' });
          redirect('show', 'leads', lead.id);
        },
      }}
      actions={false}
      sx={{ maxWidth: 1040, mx: 'auto' }}
    >
      <SimpleForm mode="onBlur" reValidateMode="onChange" sx={{ p: { xs: 2, md: 3 } }}>
        <EditHeader />
        <LeadInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
