// One task: what, for whom, by when (late ones in red), what came of it, and what can be done next.
import AlarmIcon from '@mui/icons-material/AlarmOutlined';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import AssignmentIndIcon from '@mui/icons-material/AssignmentIndOutlined';
import BlockIcon from '@mui/icons-material/Block';
import CategoryIcon from '@mui/icons-material/CategoryOutlined';
import ContactPhoneIcon from '@mui/icons-material/ContactPhoneOutlined';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import EventIcon from '@mui/icons-material/EventOutlined';
import PlayArrowIcon from '@mui/icons-material/PlayArrowOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Box, Button, Card, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { humanize, isOpenTaskStatus, TASK_STATUS_META } from '@hospital-crm/domain';
import { Link, Show, useCreatePath, useRedirect, useShowContext, useTranslate } from 'react-admin';
import { DetailItem } from '../common/DetailItem';
import { formatDateTime, fullName, relativeTime } from '../common/display';
import { SectionCard } from '../common/SectionCard';
import type { Task } from '../providers/apiTypes';
import { CompleteTaskButton } from './CompleteTaskButton';
import { ReassignTaskButton } from './ReassignTaskButton';
import { TaskPriorityChip, TaskStatusChip } from './TaskChips';
import { isTaskOverdue, userMoves } from './taskModel';
import { useTaskActions } from './useTaskActions';

const StatusButtons = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const { changeStatus, notify } = useTaskActions();
  const moves = userMoves(task.status);
  const move = (status: 'IN_PROGRESS' | 'CANCELLED') =>
    changeStatus.mutate(
      { id: task.id, status },
      { onSuccess: () => notify('resources.tasks.notifications.status_changed', { type: 'success', messageArgs: { status: TASK_STATUS_META[status].label } }) },
    );
  return (
    <>
      {moves.includes('IN_PROGRESS') && (
        <Button variant="outlined" startIcon={<PlayArrowIcon />} onClick={() => move('IN_PROGRESS')} disabled={changeStatus.isPending}>
          {translate('resources.tasks.actions.start')}
        </Button>
      )}
      {moves.includes('CANCELLED') && (
        <Button variant="outlined" color="inherit" startIcon={<BlockIcon />} onClick={() => move('CANCELLED')} disabled={changeStatus.isPending}>
          {translate('resources.tasks.actions.cancel')}
        </Button>
      )}
    </>
  );
};

const TaskHeader = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const overdue = isTaskOverdue(task);
  const accent = TASK_STATUS_META[task.status]?.color ?? '#6b7280';
  return (
    <Card sx={{ overflow: 'hidden' }} data-testid="task-header">
      <Box sx={{ height: 6, backgroundImage: `linear-gradient(90deg, ${accent}, ${alpha(accent, 0.4)})` }} />
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'tasks')} sx={{ mb: 1.5, ml: -1 }}>
          {translate('resources.tasks.actions.back')}
        </Button>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2.5} alignItems={{ md: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.25} alignItems="center" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Typography variant="h5" component="h1" data-testid="task-title">
                {task.title}
              </Typography>
              <TaskStatusChip status={task.status} data-testid="task-status" />
              <TaskPriorityChip priority={task.priority} />
            </Stack>
            <Typography variant="body2" sx={{ mt: 0.5, color: overdue ? 'error.main' : 'text.secondary', fontWeight: overdue ? 700 : 400 }}>
              {translate(overdue ? 'resources.tasks.show.due_overdue' : 'resources.tasks.show.due', {
                time: formatDateTime(task.dueDate),
                relative: relativeTime(task.dueDate),
              })}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {isOpenTaskStatus(task.status) && (
              <Button variant="outlined" startIcon={<EditIcon />} onClick={() => redirect('edit', 'tasks', task.id)}>
                {translate('resources.tasks.actions.edit')}
              </Button>
            )}
            <StatusButtons task={task} />
            <ReassignTaskButton task={task} variant="button" />
            <CompleteTaskButton task={task} variant="button" />
          </Stack>
        </Stack>
      </Box>
    </Card>
  );
};

const TaskDetails = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const field = (name: string) => translate(`resources.tasks.fields.${name}`);
  const icon = { fontSize: 'small' } as const;
  return (
    <SectionCard title={translate('resources.tasks.show.details')} icon={<DescriptionIcon fontSize="small" />} testId="task-details">
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
        <DetailItem icon={<CategoryIcon {...icon} />} label={field('taskType')}>
          {humanize(task.taskType)}
        </DetailItem>
        <DetailItem icon={<EventIcon {...icon} />} label={field('dueDate')}>
          {formatDateTime(task.dueDate)}
        </DetailItem>
        <DetailItem icon={<AssignmentIndIcon {...icon} />} label={field('assignedTo')}>
          {task.assignedTo ? fullName(task.assignedTo) : translate('crm.common.unassigned')}
          {task.assignedBy ? ` · ${translate('resources.tasks.show.assigned_by', { name: fullName(task.assignedBy) })}` : ''}
        </DetailItem>
        <DetailItem icon={<ContactPhoneIcon {...icon} />} label={field('leadId')}>
          {task.lead ? (
            <Link to={createPath({ resource: 'leads', type: 'show', id: task.lead.id })}>
              {fullName(task.lead)} · {task.lead.leadNumber}
            </Link>
          ) : task.patient ? (
            `${fullName(task.patient)} · ${task.patient.mrn}`
          ) : (
            translate('resources.tasks.show.no_lead')
          )}
        </DetailItem>
        <DetailItem icon={<AlarmIcon {...icon} />} label={field('reminderMinutesBefore')}>
          {task.reminderMinutesBefore.length
            ? task.reminderMinutesBefore.map((minutes) => translate(`resources.tasks.reminders.${minutes}`, { _: `${minutes} min` })).join(', ')
            : translate('resources.tasks.show.no_reminders')}
        </DetailItem>
        {task.completedAt && (
          <DetailItem icon={<TaskAltIcon {...icon} />} label={field('completedAt')}>
            {formatDateTime(task.completedAt)}
            {task.completedOnTime !== null && ` · ${translate(task.completedOnTime ? 'resources.tasks.show.on_time' : 'resources.tasks.show.late')}`}
          </DetailItem>
        )}
      </Box>
      {task.description && (
        <Typography variant="body2" sx={{ mt: 2, whiteSpace: 'pre-wrap' }}>
          {task.description}
        </Typography>
      )}
      {task.outcome && (
        <Alert severity="success" icon={false} sx={{ mt: 2, borderRadius: 2 }}>
          {translate('resources.tasks.show.outcome', { outcome: task.outcome })}
        </Alert>
      )}
    </SectionCard>
  );
};

const TaskShowContent = () => {
  const translate = useTranslate();
  const { record, isPending, error } = useShowContext<Task>();
  if (isPending) return <Skeleton variant="rounded" height={220} sx={{ borderRadius: 4 }} aria-busy="true" />;
  if (error || !record) {
    const message = error?.message;
    return <Alert severity="error">{message ? translate(message, { _: message }) : translate('resources.tasks.show.not_found')}</Alert>;
  }
  return (
    <Stack spacing={2} data-testid="task-show">
      <TaskHeader task={record} />
      <TaskDetails task={record} />
    </Stack>
  );
};

const TaskTitle = () => {
  const { record } = useShowContext<Task>();
  return <>{record?.title ?? ''}</>;
};

export const TaskShow = () => (
  <Show<Task> component="div" actions={false} title={<TaskTitle />} sx={{ mt: 2, mb: 4, maxWidth: 1100, mx: 'auto' }}>
    <TaskShowContent />
  </Show>
);
