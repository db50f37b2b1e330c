// LOST needs a reason (the API refuses it without one): asked for before the move is sent,
// from the board and from the status menu alike.
import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';

const SUGGESTIONS = ['provider', 'unreachable', 'cost', 'not_interested'] as const;

type LostReasonDialogProps = {
  open: boolean;
  name: string;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
};

export const LostReasonDialog = ({ open, name, busy = false, onCancel, onConfirm }: LostReasonDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (open) setReason('');
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth aria-labelledby="lost-reason-title">
      <form onSubmit={submit}>
        <DialogTitle id="lost-reason-title">{translate('resources.leads.lost.title', { name })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('resources.leads.lost.body')}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mb: 1.5 }}>
            {SUGGESTIONS.map((key) => {
              const text = translate(`resources.leads.lost.suggestions.${key}`);
              return (
                <Chip
                  key={key}
                  label={text}
                  variant={reason === text ? 'filled' : 'outlined'}
                  color={reason === text ? 'primary' : 'default'}
                  onClick={() => setReason(text)}
                />
              );
            })}
          </Stack>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            name="reason"
            label={translate('resources.leads.lost.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onCancel} disabled={busy}>
            {translate('resources.leads.lost.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || !reason.trim()}>
            {translate('resources.leads.lost.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
