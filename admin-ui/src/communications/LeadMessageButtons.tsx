// The lead page's two ways to talk to the lead: send a message through a provider, or write down
// a conversation that happened elsewhere.
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { LogCommunicationDialog } from './LogCommunicationDialog';
import { SendMessageDialog } from './SendMessageDialog';

export const LeadMessageButtons = ({ lead }: { lead: LeadDetail }) => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'create', resource: 'communications' });
  const [open, setOpen] = useState<'send' | 'log' | null>(null);
  if (isPending || !canAccess) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setOpen('log')}>
        {translate('resources.communications.actions.log')}
      </Button>
      <Button variant="contained" startIcon={<SendIcon />} onClick={() => setOpen('send')}>
        {translate('resources.communications.actions.send')}
      </Button>
      <SendMessageDialog lead={lead} open={open === 'send'} onClose={() => setOpen(null)} />
      <LogCommunicationDialog lead={lead} open={open === 'log'} onClose={() => setOpen(null)} />
    </>
  );
};
