// The task views (my, today, overdue, all) over one table: late tasks stand out in red, and each
// open task can be completed or handed over from its row.
import AddIcon from '@mui/icons-material/Add';
import AssignmentIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import { Box, Button, Card, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { humanize, TASK_PRIORITIES, TASK_STATUS_META, TASK_STATUSES, TASK_TYPES } from '@hospital-crm/domain';
import { DataTable, List, Pagination, SearchInput, SelectArrayInput, useCreatePath, useListContext, useRedirect, useTranslate } from 'react-admin';
import { AssigneeAvatar } from '../common/AssigneeAvatar';
import { formatDateTime, fullName, relativeTime } from '../common/display';
import { EmptyState } from '../common/EmptyState';
import { ListError } from '../common/ListError';
import type { Task } from '../providers/apiTypes';
import { CompleteTaskButton } from './CompleteTaskButton';
import { ReassignTaskButton } from './ReassignTaskButton';
import { TaskPriorityChip, TaskStatusChip } from './TaskChips';
import { isTaskOverdue } from './taskModel';
import { DEFAULT_TASK_VIEW, TaskViewTabs } from './TaskViewTabs';
import { CreateListActions } from '../common/ResourceListParts';

const OVERDUE_RED = '#ef4444';

const SearchFilter = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <SearchInput source={source} alwaysOn={alwaysOn} placeholder={translate('resources.tasks.filters.search')} sx={{ minWidth: 260 }} />;
};

const taskFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={TASK_STATUSES.map((id) => ({ id, name: TASK_STATUS_META[id].label }))} sx={{ minWidth: 170 }} />,
  <SelectArrayInput key="priority" source="priority" choices={TASK_PRIORITIES.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 150 }} />,
  <SelectArrayInput key="taskType" source="taskType" choices={TASK_TYPES.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 200 }} />,
];

/** Shown when the view has nothing: "nothing overdue" is good news, not an error. */
const TaskEmpty = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { filterValues } = useListContext();
  const view = String(filterValues.view ?? DEFAULT_TASK_VIEW);
  return (
    <Box sx={{ pb: 3 }} data-testid="tasks-empty">
      <EmptyState
        icon={<AssignmentIcon />}
        title={translate(`resources.tasks.empty.${view}.title`, { _: translate('resources.tasks.empty.all.title') })}
        body={translate(`resources.tasks.empty.${view}.body`, { _: translate('resources.tasks.empty.all.body') })}
        action={
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => redirect('create', 'tasks')}>
            {translate('resources.tasks.page.create')}
          </Button>
        }
      />
    </Box>
  );
};

const TitleCell = ({ task }: { task: Task }) => {
  const who = task.lead ?? task.patient;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {task.title}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {humanize(task.taskType)}
        {who ? ` · ${fullName(who)}` : ''}
      </Typography>
    </Box>
  );
};

const DueCell = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const overdue = isTaskOverdue(task);
  return (
    <Box sx={{ whiteSpace: 'nowrap', color: overdue ? OVERDUE_RED : 'text.primary' }} data-overdue={overdue || undefined}>
      <Typography variant="body2" sx={{ fontWeight: overdue ? 700 : 500 }}>
        {formatDateTime(task.dueDate)}
      </Typography>
      <Typography variant="caption" sx={{ color: overdue ? OVERDUE_RED : 'text.secondary' }}>
        {overdue ? translate('resources.tasks.overdue_since', { time: relativeTime(task.dueDate) }) : relativeTime(task.dueDate)}
      </Typography>
    </Box>
  );
};

const Column = DataTable.Col<Task>;

const overdueRowSx = (task: Task) => (isTaskOverdue(task) ? { backgroundColor: alpha(OVERDUE_RED, 0.06), boxShadow: `inset 4px 0 0 ${OVERDUE_RED}` } : {});

const TaskTable = () => {
  const createPath = useCreatePath();
  return (
    <DataTable<Task>
      rowClick={(id) => createPath({ resource: 'tasks', type: 'show', id })}
      rowSx={overdueRowSx}
      bulkActionButtons={false}
      empty={<TaskEmpty />}
    >
      <Column source="title" render={(task) => <TitleCell task={task} />} />
      <Column source="priority" render={(task) => <TaskPriorityChip priority={task.priority} />} />
      <Column source="dueDate" render={(task) => <DueCell task={task} />} />
      <Column source="status" render={(task) => <TaskStatusChip status={task.status} />} />
      <Column source="assignedTo" disableSort render={(task) => <AssigneeAvatar person={task.assignedTo} showName />} />
      <Column
        label="resources.tasks.fields.actions"
        disableSort
        render={(task) => (
          <Stack direction="row" spacing={0.5} justifyContent="flex-end">
            <ReassignTaskButton task={task} />
            <CompleteTaskButton task={task} />
          </Stack>
        )}
      />
    </DataTable>
  );
};

export const TaskList = () => (
  <List
    filters={taskFilters}
    filterDefaultValues={{ view: DEFAULT_TASK_VIEW }}
    actions={<CreateListActions resource="tasks" />}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
    empty={false}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    component={Card}
    exporter={false}
    error={<ListError />}
    sx={{ mt: 1 }}
  >
    <TaskViewTabs />
    <TaskTable />
  </List>
);
