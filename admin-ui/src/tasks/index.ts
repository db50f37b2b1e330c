// The tasks resource: follow-ups with due dates, reminders and an overdue alarm (task-<id> workflows).
import TaskAltIcon from '@mui/icons-material/TaskAltOutlined';
import type { Task } from '../providers/apiTypes';
import { TaskCreate } from './TaskCreate';
import { TaskEdit } from './TaskEdit';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  edit: TaskEdit,
  create: TaskCreate,
  icon: TaskAltIcon,
  recordRepresentation: (task: Task) => task.title,
};
