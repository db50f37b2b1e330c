// Moves a waiting message to another time. The new time is checked by the server (future, within a
// year) and by the message's workflow (409 once sending began); a refusal stays in the dialog.
import ScheduleIcon from '@mui/icons-material/ScheduleOutlined';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { roundedLater, toDateTimeLocal, toInstant } from '../common/display';
import { errorMessage, errorStatus, fieldErrors } from '../common/errors';
import type { Communication } from '../providers/apiTypes';
import type { MessageAnswer } from './MessageAnswerAlert';
import { useMessageActions } from './useMessageActions';

export const RescheduleMessageButton = ({ message, onAnswer }: { message: Communication; onAnswer: (answer: MessageAnswer) => void }) => {
  const translate = useTranslate();
  const { reschedule } = useMessageActions();
  const [open, setOpen] = useState(false);
  const [sendAt, setSendAt] = useState('');

  const start = () => {
    reschedule.reset();
    setSendAt(toDateTimeLocal(message.scheduledFor ?? roundedLater(1)));
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const instant = toInstant(sendAt);
    if (!instant) return;
    reschedule.mutate(
      { id: message.id, sendAt: instant },
      {
        onSuccess: ({ data }) => {
          onAnswer({ kind: 'rescheduled', message: data });
          setOpen(false);
        },
        onError: (error) => {
          // A 409 means the moment has passed: the page shows it, the dialog has nothing left to do.
          if (errorStatus(error) === 409) {
            onAnswer({ kind: 'refused', error });
            setOpen(false);
          }
        },
      },
    );
  };
  const error = reschedule.error;
  const fieldError = error ? fieldErrors(error).sendAt : undefined;
  const message422 = error && errorStatus(error) !== 409 ? errorMessage(error) : null;

  return (
    <>
      <Button variant="outlined" startIcon={<ScheduleIcon />} onClick={start} disabled={reschedule.isPending}>
        {translate('resources.communications.actions.reschedule')}
      </Button>
      <Dialog open={open} onClose={() => !reschedule.isPending && setOpen(false)} maxWidth="xs" fullWidth aria-labelledby="reschedule-title">
        <form onSubmit={submit}>
          <DialogTitle id="reschedule-title">{translate('resources.communications.reschedule.title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('resources.communications.reschedule.body')}
            </Typography>
            <TextField
              autoFocus
              fullWidth
              type="datetime-local"
              name="sendAt"
              label={translate('resources.communications.reschedule.send_at')}
              value={sendAt}
              onChange={(event) => setSendAt(event.target.value)}
              error={Boolean(fieldError)}
              helperText={fieldError}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {message422 && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {translate(message422, { _: message422 })}
              </Alert>
            )}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setOpen(false)} disabled={reschedule.isPending}>
              {translate('resources.communications.reschedule.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={reschedule.isPending || !toInstant(sendAt)}
              startIcon={reschedule.isPending ? <CircularProgress size={16} color="inherit" /> : <ScheduleIcon />}
            >
              {translate('resources.communications.reschedule.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
