// "Change status": the moves the pipeline allows from here (LEAD_TRANSITIONS.nextStates), without
// CONVERTED, which has its own button because it creates a patient.
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { LEAD_STATUS_META, LEAD_TRANSITIONS, type LeadStatus } from '@hospital-crm/domain';
import { useState } from 'react';
import type { LeadDetail } from '../providers/apiTypes';
import { fullName } from '../common/display';
import { StatusDot } from '../common/ColorChip';
import { LostReasonDialog } from './LostReasonDialog';
import { useLeadActions } from './useLeadActions';

export const ChangeStatusButton = ({ lead }: { lead: LeadDetail }) => {
  const { changeStatus, notify, translate } = useLeadActions(lead.id);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [askingReason, setAskingReason] = useState(false);
  const options = LEAD_TRANSITIONS.nextStates(lead.status).filter((status) => status !== 'CONVERTED');

  const move = (status: LeadStatus, reason?: string) =>
    changeStatus.mutate(
      { status, reason },
      {
        onSuccess: () =>
          notify('resources.leads.notifications.status_changed', {
            type: 'success',
            messageArgs: { name: fullName(lead), status: LEAD_STATUS_META[status].label },
          }),
        onSettled: () => setAskingReason(false),
      },
    );

  const choose = (status: LeadStatus) => {
    setAnchor(null);
    if (status === 'LOST') setAskingReason(true);
    else move(status);
  };

  if (options.length === 0) return null;
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<SwapHorizIcon />}
        endIcon={<ArrowDropDownIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={changeStatus.isPending}
        aria-haspopup="menu"
      >
        {translate('resources.leads.actions.change_status')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {options.map((status) => (
          <MenuItem key={status} onClick={() => choose(status)}>
            <ListItemIcon sx={{ minWidth: 28 }}>
              <StatusDot color={LEAD_STATUS_META[status].color} />
            </ListItemIcon>
            <ListItemText>{LEAD_STATUS_META[status].label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
      <LostReasonDialog
        open={askingReason}
        name={fullName(lead)}
        busy={changeStatus.isPending}
        onCancel={() => setAskingReason(false)}
        onConfirm={(reason) => move('LOST', reason)}
      />
    </>
  );
};
