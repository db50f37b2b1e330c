// Completing, starting, cancelling and reassigning a task. Each refetches every task list, the
// lead pages (a completed task goes on the lead's timeline) and the dashboard's counts; not
// awaited, so the caller's callbacks run even when the refetched view drops the task's row.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate, type Identifier } from 'react-admin';
import { errorMessage } from '../common/errors';
import type { Task } from '../providers/apiTypes';
import type { ChangeTaskStatusParams } from '../providers/customMethods';
import { useCrmDataProvider } from '../providers/dataProvider';

export const useTaskActions = () => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const refetch = () => {
    for (const key of ['tasks', 'leads', 'crm']) void queryClient.invalidateQueries({ queryKey: [key] });
  };
  const onError = (error: unknown) => {
    const message = errorMessage(error);
    notify('resources.tasks.notifications.failed', { type: 'error', messageArgs: { message: translate(message, { _: message }) }, autoHideDuration: 8000 });
  };

  const changeStatus = useMutation({
    mutationFn: ({ id, ...params }: ChangeTaskStatusParams & { id: Identifier }) => dataProvider.changeTaskStatus(id, params),
    onSuccess: refetch,
    onError,
  });
  const reassign = useMutation({
    mutationFn: ({ task, assignedToId }: { task: Task; assignedToId: string }) =>
      dataProvider.update<Task>('tasks', { id: task.id, data: { assignedToId }, previousData: task }),
    onSuccess: refetch,
  });
  return { changeStatus, reassign, notify };
};
