import EditCalendarIcon from '@mui/icons-material/EditCalendarOutlined';
import { Edit, SimpleForm, useEditContext, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { FormHeader } from '../common/FormLayout';
import type { Task } from '../providers/apiTypes';
import { TaskInputs } from './TaskInputs';
import { cleanTask, taskFormValues } from './taskModel';

const TaskForm = () => {
  const translate = useTranslate();
  const { record } = useEditContext<Task>();
  if (!record) return null;
  return (
    // the ids the inputs edit, read from the task's nested owner and lead
    <SimpleForm defaultValues={taskFormValues(record)} sx={{ p: { xs: 2, md: 3 } }}>
      <FormHeader icon={<EditCalendarIcon />} title={record.title} hint={translate('resources.tasks.page.edit_hint')} />
      <TaskInputs />
    </SimpleForm>
  );
};

/** Changing the due date moves the task's reminders; a completed or cancelled task cannot be edited (409). */
export const TaskEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit<Task>
      mutationMode="pessimistic"
      transform={(data, options) => cleanTask(data as Record<string, unknown>, options?.previousData as Task | undefined) as Task}
      mutationOptions={{
        onSuccess: (task: RaRecord) => {
          notify('resources.tasks.notifications.updated', { type: 'success' });
          redirect('show', 'tasks', task.id);
        },
      }}
      actions={false}
      sx={{ maxWidth: 960, mx: 'auto' }}
    >
      <TaskForm />
    </Edit>
  );
};
