// "Log a call or visit": a conversation that happened outside the CRM (a call, a walk-in, a video
// call, or a message sent from a phone) goes on the lead's timeline and counts toward its score.
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { COMMUNICATION_CHANNEL_LABELS, COMMUNICATION_CHANNELS, COMMUNICATION_DIRECTIONS, type CommunicationDirection } from '@hospital-crm/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { channelIcon } from '../common/channelIcons';
import { fullName } from '../common/display';
import { errorMessage, fieldErrors } from '../common/errors';
import type { LeadDetail } from '../providers/apiTypes';
import { buildLogPayload, emptyLogForm, SPOKEN_CHANNELS, type LogCommunicationForm } from './communicationModel';
import { useMessageActions } from './useMessageActions';

type LogCommunicationDialogProps = { lead: LeadDetail; open: boolean; onClose: () => void };

export const LogCommunicationDialog = ({ lead, open, onClose }: LogCommunicationDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { log } = useMessageActions();
  const [form, setForm] = useState<LogCommunicationForm>(emptyLogForm);

  useEffect(() => {
    if (!open) return;
    setForm(emptyLogForm());
    log.reset();
  }, [open]); // a fresh form each time the dialog opens

  const change = (patch: Partial<LogCommunicationForm>) => setForm((current) => ({ ...current, ...patch }));
  const spoken = SPOKEN_CHANNELS.includes(form.channel);
  const errors = log.error ? fieldErrors(log.error) : {};
  const refusal = log.error ? errorMessage(log.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(buildLogPayload(form, lead.id), {
      onSuccess: () => {
        notify('resources.communications.notifications.logged', {
          type: 'success',
          messageArgs: { channel: COMMUNICATION_CHANNEL_LABELS[form.channel], name: fullName(lead) },
        });
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={log.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="log-communication-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="log-communication-title">{translate('resources.communications.log.title', { name: fullName(lead) })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) auto' } }}>
              <TextField
                select
                name="channel"
                label={translate('resources.communications.fields.channel')}
                value={form.channel}
                onChange={(event) => change({ channel: event.target.value as LogCommunicationForm['channel'] })}
              >
                {COMMUNICATION_CHANNELS.map((channel) => {
                  const Icon = channelIcon(channel);
                  return (
                    <MenuItem key={channel} value={channel}>
                      <Icon fontSize="small" sx={{ mr: 1, color: 'primary.main', verticalAlign: 'middle' }} />
                      {COMMUNICATION_CHANNEL_LABELS[channel]}
                    </MenuItem>
                  );
                })}
              </TextField>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={form.direction}
                onChange={(_, direction: CommunicationDirection | null) => direction && change({ direction })}
                aria-label={translate('resources.communications.fields.direction')}
                sx={{ alignSelf: 'center' }}
              >
                {COMMUNICATION_DIRECTIONS.map((direction) => (
                  <ToggleButton key={direction} value={direction} sx={{ flex: 1, whiteSpace: 'nowrap' }}>
                    {translate(`resources.communications.log.${direction}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Box>
            <TextField
              autoFocus
              fullWidth
              name="outcome"
              label={translate('resources.communications.fields.outcome')}
              helperText={errors.outcome ?? translate('resources.communications.log.outcome_hint')}
              error={Boolean(errors.outcome)}
              value={form.outcome}
              onChange={(event) => change({ outcome: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
              <TextField
                type="datetime-local"
                name="occurredAt"
                label={translate('resources.communications.fields.occurredAt')}
                helperText={errors.occurredAt ?? translate('resources.communications.log.occurred_hint')}
                error={Boolean(errors.occurredAt)}
                value={form.occurredAt}
                onChange={(event) => change({ occurredAt: event.target.value })}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              {spoken ? (
                <TextField
                  type="number"
                  name="durationMinutes"
                  label={translate('resources.communications.log.duration_minutes')}
                  value={form.durationMinutes}
                  error={Boolean(errors.durationSeconds)}
                  helperText={errors.durationSeconds}
                  onChange={(event) => change({ durationMinutes: event.target.value })}
                  slotProps={{ htmlInput: { min: 0, max: 1440, step: 1 } }}
                />
              ) : (
                <FormControlLabel
                  disabled={form.direction === 'INBOUND'}
                  control={<Checkbox checked={form.responded} onChange={(event) => change({ responded: event.target.checked })} name="responded" />}
                  label={translate('resources.communications.fields.responded')}
                />
              )}
            </Box>
            <TextField
              fullWidth
              multiline
              minRows={3}
              name="notes"
              label={translate('resources.communications.fields.notes')}
              value={form.notes}
              onChange={(event) => change({ notes: event.target.value })}
              slotProps={{ htmlInput: { maxLength: 5000 } }}
            />
            {refusal && Object.keys(errors).length === 0 && <Alert severity="error">{translate(refusal, { _: refusal })}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={log.isPending}>
            {translate('resources.communications.log.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={log.isPending}
            startIcon={log.isPending ? <CircularProgress size={16} color="inherit" /> : <EditNoteIcon />}
          >
            {translate('resources.communications.log.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
