// The tasks resource: follow-ups with due dates, reminders and an overdue alarm (task-<id> workflows).
import TaskAltIcon from '@mui/icons-material/TaskAltOutlined';
import type { Task } from '../providers/apiTypes';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./TaskList'), 'TaskList'),
  show: lazyScreen(() => import('./TaskShow'), 'TaskShow'),
  edit: lazyScreen(() => import('./TaskEdit'), 'TaskEdit'),
  create: lazyScreen(() => import('./TaskCreate'), 'TaskCreate'),
  icon: TaskAltIcon,
  recordRepresentation: (task: Task) => task.title,
};
