// The API refuses a second open lead with the same phone or email (409); the person decides:
// open the existing lead, or create another one anyway.
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PeopleIcon from '@mui/icons-material/PeopleAltOutlined';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { DuplicateLeadDetails } from '../providers/apiTypes';

type DuplicateLeadDialogProps = {
  duplicate: DuplicateLeadDetails | null;
  creating: boolean;
  onOpen: () => void;
  onCreateAnyway: () => void;
  onClose: () => void;
};

export const DuplicateLeadDialog = ({ duplicate, creating, onOpen, onCreateAnyway, onClose }: DuplicateLeadDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={duplicate !== null} onClose={creating ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="duplicate-title">
      <DialogTitle id="duplicate-title">
        <Stack direction="row" spacing={1.5} alignItems="center">
          <Box
            sx={{
              width: 40,
              height: 40,
              borderRadius: '12px',
              display: 'grid',
              placeItems: 'center',
              color: 'warning.dark',
              backgroundColor: (theme) => alpha(theme.palette.warning.main, 0.14),
            }}
          >
            <PeopleIcon />
          </Box>
          <span>{translate('resources.leads.duplicate.title')}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Typography variant="body1" sx={{ fontWeight: 600 }} data-testid="duplicate-message">
          {translate('resources.leads.duplicate.body', { leadNumber: duplicate?.leadNumber ?? '' })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('resources.leads.duplicate.hint')}
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={creating} sx={{ mr: 'auto' }}>
          {translate('resources.leads.duplicate.back')}
        </Button>
        <Button variant="outlined" onClick={onCreateAnyway} disabled={creating}>
          {translate('resources.leads.duplicate.create_anyway')}
        </Button>
        <Button variant="contained" startIcon={<OpenInNewIcon />} onClick={onOpen} disabled={creating} autoFocus>
          {translate('resources.leads.duplicate.open')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
