// My / Today / Overdue / All: each view is its own endpoint (/crm/tasks/my...), picked through the
// list's `view` filter (the data provider turns it into the path). Overdue and today show counts.
import { Badge, Tab, Tabs } from '@mui/material';
import type { SyntheticEvent } from 'react';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { TASK_VIEWS, type TaskView } from '../providers/dataProviderMapping';

export const DEFAULT_TASK_VIEW: TaskView = 'my';

const useViewCount = (view: TaskView) =>
  useGetList('tasks', { pagination: { page: 1, perPage: 1 }, sort: { field: 'dueDate', order: 'ASC' }, filter: { view } }).total;

const ViewLabel = ({ view, count }: { view: TaskView; count?: number }) => {
  const translate = useTranslate();
  const label = translate(`resources.tasks.views.${view}`);
  if (!count) return <>{label}</>;
  return (
    <Badge badgeContent={count} color={view === 'overdue' ? 'error' : 'primary'} max={99} sx={{ '& .MuiBadge-badge': { right: -14, top: 10 } }}>
      {label}
    </Badge>
  );
};

export const TaskViewTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current: TaskView = (TASK_VIEWS as readonly string[]).includes(filterValues.view) ? filterValues.view : DEFAULT_TASK_VIEW;
  const counts: Partial<Record<TaskView, number | undefined>> = { today: useViewCount('today'), overdue: useViewCount('overdue') };
  const change = (_: SyntheticEvent, view: TaskView) => setFilters({ ...filterValues, view }, displayedFilters);
  return (
    <Tabs value={current} onChange={change} aria-label={translate('resources.tasks.views.label')} sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
      {TASK_VIEWS.map((view) => (
        <Tab key={view} value={view} label={<ViewLabel view={view} count={counts[view]} />} sx={{ pr: counts[view] ? 4 : 2 }} />
      ))}
    </Tabs>
  );
};
