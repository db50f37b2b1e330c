import type { ChipProps } from '@mui/material';
import { humanize, TASK_STATUS_META, type TaskPriority, type TaskStatus } from '@hospital-crm/domain';
import { ColorChip } from '../common/ColorChip';
import { TASK_PRIORITY_COLORS } from './taskModel';

type ChipRest = Omit<ChipProps, 'label' | 'color'>;

/** Pending, in progress, completed, cancelled or overdue, in the domain's colours. */
export const TaskStatusChip = ({ status, ...rest }: { status: TaskStatus } & ChipRest) => {
  const meta = TASK_STATUS_META[status] ?? { label: status, color: '#6b7280' };
  return <ColorChip label={meta.label} color={meta.color} data-status={status} {...rest} />;
};

export const TaskPriorityChip = ({ priority, ...rest }: { priority: TaskPriority } & ChipRest) => (
  <ColorChip label={humanize(priority)} color={TASK_PRIORITY_COLORS[priority] ?? '#6b7280'} data-priority={priority} {...rest} />
);
