// Cancels a message that has not gone out yet, after a confirmation. What the server answers (the
// workflow's confirmed state, or a 409 once sending began) is reported through `onAnswer`.
import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSendOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import type { Communication } from '../providers/apiTypes';
import type { MessageAnswer } from './MessageAnswerAlert';
import { useMessageActions } from './useMessageActions';

export const CancelMessageButton = ({ message, onAnswer }: { message: Communication; onAnswer: (answer: MessageAnswer) => void }) => {
  const translate = useTranslate();
  const { cancel } = useMessageActions();
  const [confirming, setConfirming] = useState(false);
  const confirm = () =>
    cancel.mutate(message.id, {
      onSuccess: ({ data }) => onAnswer({ kind: 'cancelled', message: data }),
      onError: (error) => onAnswer({ kind: 'refused', error }),
      onSettled: () => setConfirming(false),
    });
  return (
    <>
      <Button variant="outlined" color="error" startIcon={<CancelScheduleSendIcon />} onClick={() => setConfirming(true)} disabled={cancel.isPending}>
        {translate('resources.communications.actions.cancel')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={cancel.isPending}
        title="resources.communications.cancel.title"
        content="resources.communications.cancel.body"
        confirm="resources.communications.cancel.confirm"
        cancel="resources.communications.cancel.keep"
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
