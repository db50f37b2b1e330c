// "Convert to patient": confirm (with an optional MRN), then show the patient record's MRN.
// The API is idempotent, so a double click or a retry returns the same patient.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HowToRegIcon from '@mui/icons-material/HowToRegOutlined';
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { LEAD_STATUS_META, LEAD_TRANSITIONS } from '@hospital-crm/domain';
import { useState, type FormEvent } from 'react';
import type { ConvertLeadResult, LeadDetail } from '../providers/apiTypes';
import { fullName } from '../common/display';
import { useLeadActions } from './useLeadActions';

const GREEN = LEAD_STATUS_META.CONVERTED.color;

export const ConvertLeadButton = ({ lead }: { lead: LeadDetail }) => {
  const { convert, translate } = useLeadActions(lead.id);
  const [open, setOpen] = useState(false);
  const [mrn, setMrn] = useState('');
  const [result, setResult] = useState<ConvertLeadResult | null>(null);
  const name = fullName(lead);

  // The dialog outlives the button: once converted, the refetched lead no longer offers conversion.
  const convertible = LEAD_TRANSITIONS.canMove(lead.status, 'CONVERTED');
  if (!convertible && !open) return null;

  const start = () => {
    setMrn('');
    setResult(null);
    convert.reset();
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    convert.mutate(mrn.trim() ? { mrn: mrn.trim() } : {}, { onSuccess: ({ data }) => setResult(data) });
  };
  const close = () => {
    if (!convert.isPending) setOpen(false);
  };
  const errorMessage = convert.error instanceof Error ? convert.error.message : null;

  return (
    <>
      {convertible && (
        <Button
          variant="contained"
          startIcon={<HowToRegIcon />}
          onClick={start}
          sx={{
            backgroundImage: `linear-gradient(135deg, #22c55e 0%, #16a34a 100%)`,
            '&:hover': { backgroundImage: `linear-gradient(135deg, #16a34a 0%, #15803d 100%)` },
          }}
        >
          {translate('resources.leads.actions.convert')}
        </Button>
      )}
      <Dialog open={open} onClose={close} maxWidth="xs" fullWidth aria-labelledby="convert-title">
        {result ? (
          <>
            <DialogContent sx={{ textAlign: 'center', pt: 4 }} data-testid="convert-done">
              <Box
                sx={{
                  width: 64,
                  height: 64,
                  mx: 'auto',
                  mb: 2,
                  borderRadius: '50%',
                  display: 'grid',
                  placeItems: 'center',
                  color: GREEN,
                  backgroundColor: alpha(GREEN, 0.12),
                }}
              >
                <CheckCircleIcon fontSize="large" />
              </Box>
              <Typography variant="h6" id="convert-title">
                {translate('resources.leads.convert.done_title')}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {translate(result.linkedExisting ? 'resources.leads.convert.done_linked' : 'resources.leads.convert.done_created', { name })}
              </Typography>
              <Box
                sx={{
                  mt: 2.5,
                  mx: 'auto',
                  px: 2,
                  py: 1.5,
                  borderRadius: 3,
                  border: `1px solid ${alpha(GREEN, 0.3)}`,
                  backgroundColor: alpha(GREEN, 0.06),
                  display: 'inline-block',
                }}
              >
                <Typography variant="caption" color="text.secondary" component="p">
                  {translate('resources.leads.convert.mrn_label')}
                </Typography>
                <Typography
                  variant="h6"
                  component="p"
                  sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', letterSpacing: '0.02em' }}
                  data-testid="patient-mrn"
                >
                  {result.patient.mrn}
                </Typography>
              </Box>
            </DialogContent>
            <DialogActions sx={{ justifyContent: 'center', pb: 3 }}>
              <Button variant="contained" onClick={close} autoFocus>
                {translate('resources.leads.convert.close')}
              </Button>
            </DialogActions>
          </>
        ) : (
          <form onSubmit={submit}>
            <DialogTitle id="convert-title">{translate('resources.leads.convert.title', { name })}</DialogTitle>
            <DialogContent>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('resources.leads.convert.body')}
              </Typography>
              <TextField
                fullWidth
                name="mrn"
                label={translate('resources.leads.convert.mrn')}
                helperText={translate('resources.leads.convert.mrn_help')}
                value={mrn}
                onChange={(event) => setMrn(event.target.value)}
                slotProps={{ htmlInput: { maxLength: 50 } }}
              />
              {errorMessage && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {translate(errorMessage, { _: errorMessage })}
                </Alert>
              )}
            </DialogContent>
            <DialogActions sx={{ px: 3, pb: 2 }}>
              <Button onClick={close} disabled={convert.isPending}>
                {translate('resources.leads.convert.cancel')}
              </Button>
              <Button
                type="submit"
                variant="contained"
                disabled={convert.isPending}
                startIcon={convert.isPending ? <CircularProgress size={16} color="inherit" /> : <HowToRegIcon />}
              >
                {translate(convert.isPending ? 'resources.leads.convert.working' : 'resources.leads.convert.confirm')}
              </Button>
            </DialogActions>
          </form>
        )}
      </Dialog>
    </>
  );
};
