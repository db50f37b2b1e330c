import RocketIcon from '@mui/icons-material/RocketLaunchOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { isoFromLocalInput } from './campaignModel';

/** Launch now (blank time) or at a chosen time; `reschedule` moves a scheduled start (a time is required). */
export const LaunchDialog = ({
  open,
  name,
  busy,
  onClose,
  onLaunch,
  reschedule = false,
}: {
  open: boolean;
  name: string;
  busy: boolean;
  onClose: () => void;
  onLaunch: (startAt?: string) => void;
  reschedule?: boolean;
}) => {
  const translate = useTranslate();
  const [startAt, setStartAt] = useState('');
  const iso = isoFromLocalInput(startAt);
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="campaign-launch-title" fullWidth maxWidth="xs">
      <DialogTitle id="campaign-launch-title">
        {translate(reschedule ? 'resources.campaigns.launch.reschedule_title' : 'resources.campaigns.launch.title', { name })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate(reschedule ? 'resources.campaigns.launch.reschedule_body' : 'resources.campaigns.launch.body')}
        </DialogContentText>
        <TextField
          type="datetime-local"
          label={translate('resources.campaigns.launch.startAt')}
          value={startAt}
          onChange={(event) => setStartAt(event.target.value)}
          fullWidth
          slotProps={{ inputLabel: { shrink: true } }}
          inputProps={{ 'data-testid': 'launch-start-at' }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('resources.campaigns.launch.close')}</Button>
        <Button
          variant="contained"
          startIcon={<RocketIcon />}
          disabled={busy || (reschedule && !iso)}
          onClick={() => onLaunch(iso)}
          data-testid="launch-confirm"
        >
          {translate(
            reschedule ? 'resources.campaigns.actions.reschedule' : iso ? 'resources.campaigns.actions.launch_at' : 'resources.campaigns.actions.launch_now',
          )}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
