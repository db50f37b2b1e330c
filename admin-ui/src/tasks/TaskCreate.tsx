import AddTaskIcon from '@mui/icons-material/AddTaskOutlined';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { roundedLater } from '../common/display';
import { FormHeader } from '../common/FormLayout';
import { session } from '../providers/session';
import { TaskInputs } from './TaskInputs';
import { cleanTask } from './taskModel';

/** A new task, due tomorrow and given to its creator unless changed; a lead page may pass `leadId`. */
export const TaskCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const defaults = () => ({
    taskType: 'FOLLOW_UP_CALL',
    priority: 'MEDIUM',
    dueDate: roundedLater(24).toISOString(),
    assignedToId: session.getUser()?.id ?? '',
  });
  return (
    <Create
      title="resources.tasks.page.create"
      transform={(data) => cleanTask(data)}
      mutationOptions={{
        onSuccess: (task: RaRecord) => {
          notify('resources.tasks.notifications.created', { type: 'success', messageArgs: { title: String(task.title) } });
          redirect('show', 'tasks', task.id);
        },
      }}
      sx={{ maxWidth: 960, mx: 'auto' }}
    >
      <SimpleForm defaultValues={defaults} sx={{ p: { xs: 2, md: 3 } }}>
        <FormHeader icon={<AddTaskIcon />} title={translate('resources.tasks.page.create')} hint={translate('resources.tasks.page.create_hint')} />
        <TaskInputs />
      </SimpleForm>
    </Create>
  );
};
