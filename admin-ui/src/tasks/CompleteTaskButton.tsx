// One click marks a task done; the row then leaves the open views (my, today, overdue).
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button, CircularProgress, IconButton, Tooltip } from '@mui/material';
import type { MouseEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { Task } from '../providers/apiTypes';
import { canComplete } from './taskModel';
import { useTaskActions } from './useTaskActions';

export const CompleteTaskButton = ({ task, variant = 'icon' }: { task: Task; variant?: 'icon' | 'button' }) => {
  const translate = useTranslate();
  const { changeStatus, notify } = useTaskActions();
  if (!canComplete(task.status)) return null;
  const complete = (event: MouseEvent) => {
    event.stopPropagation(); // not a row click
    changeStatus.mutate(
      { id: task.id, status: 'COMPLETED' },
      { onSuccess: () => notify('resources.tasks.notifications.completed', { type: 'success', messageArgs: { title: task.title } }) },
    );
  };
  const label = translate('resources.tasks.actions.complete_named', { title: task.title });
  if (variant === 'button') {
    return (
      <Button
        variant="contained"
        color="success"
        onClick={complete}
        disabled={changeStatus.isPending}
        startIcon={changeStatus.isPending ? <CircularProgress size={16} color="inherit" /> : <TaskAltIcon />}
        sx={{ backgroundImage: 'linear-gradient(135deg, #22c55e 0%, #16a34a 100%)' }}
      >
        {translate('resources.tasks.actions.complete')}
      </Button>
    );
  }
  return (
    <Tooltip title={label}>
      <span>
        <IconButton aria-label={label} onClick={complete} disabled={changeStatus.isPending} color="success" size="small">
          {changeStatus.isPending ? <CircularProgress size={18} color="inherit" /> : <TaskAltIcon fontSize="small" />}
        </IconButton>
      </span>
    </Tooltip>
  );
};
