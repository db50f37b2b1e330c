// Gives a task to someone else; their task-<id> reminders follow it. A refusal (an inactive or
// unknown person, a finished task) stays in the dialog.
import SwapHorizIcon from '@mui/icons-material/SwapHorizOutlined';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, TextField, Tooltip } from '@mui/material';
import { isOpenTaskStatus } from '@hospital-crm/domain';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslate } from 'react-admin';
import { fullName } from '../common/display';
import { errorMessage } from '../common/errors';
import type { Task } from '../providers/apiTypes';
import { useTaskActions } from './useTaskActions';
import { useTaskAssignees } from './useTaskAssignees';

const ReassignDialog = ({ task, open, onClose }: { task: Task; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { reassign, notify } = useTaskActions();
  const people = useTaskAssignees();
  const [assignee, setAssignee] = useState(task.assignedTo?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = people.data.find((p) => p.id === assignee);
    reassign.mutate(
      { task, assignedToId: assignee },
      {
        onSuccess: () => {
          notify('resources.tasks.notifications.reassigned', { type: 'success', messageArgs: { title: task.title, name: person ? fullName(person) : '' } });
          onClose();
        },
      },
    );
  };
  const refusal = reassign.error ? errorMessage(reassign.error) : null;
  return (
    <Dialog
      open={open}
      onClose={reassign.isPending ? undefined : onClose}
      maxWidth="xs"
      fullWidth
      aria-labelledby="reassign-title"
      onClick={(event) => event.stopPropagation()}
    >
      <form onSubmit={submit}>
        <DialogTitle id="reassign-title">{translate('resources.tasks.reassign.title', { title: task.title })}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            autoFocus
            name="assignedToId"
            label={translate('resources.tasks.fields.assignedToId')}
            value={people.isPending ? '' : assignee}
            onChange={(event) => setAssignee(event.target.value)}
            disabled={people.isPending}
            helperText={people.error ? translate('resources.tasks.reassign.staff_unavailable') : undefined}
            sx={{ mt: 1 }}
          >
            {people.data.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {fullName(person)}
                {person.id === people.selfId ? ` · ${translate('resources.tasks.reassign.me')}` : ''}
              </MenuItem>
            ))}
          </TextField>
          {refusal && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate(refusal, { _: refusal })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={reassign.isPending}>
            {translate('resources.tasks.reassign.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={reassign.isPending || !assignee || assignee === task.assignedTo?.id}
            startIcon={reassign.isPending ? <CircularProgress size={16} color="inherit" /> : <SwapHorizIcon />}
          >
            {translate('resources.tasks.reassign.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

export const ReassignTaskButton = ({ task, variant = 'icon' }: { task: Task; variant?: 'icon' | 'button' }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!isOpenTaskStatus(task.status)) return null;
  const start = (event: MouseEvent) => {
    event.stopPropagation();
    setOpen(true);
  };
  const label = translate('resources.tasks.actions.reassign_named', { title: task.title });
  return (
    <>
      {variant === 'button' ? (
        <Button variant="outlined" startIcon={<SwapHorizIcon />} onClick={start}>
          {translate('resources.tasks.actions.reassign')}
        </Button>
      ) : (
        <Tooltip title={label}>
          <IconButton aria-label={label} onClick={start} size="small">
            <SwapHorizIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {open && <ReassignDialog task={task} open={open} onClose={() => setOpen(false)} />}
    </>
  );
};
