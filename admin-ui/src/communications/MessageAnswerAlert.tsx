import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../common/display';
import { errorMessage } from '../common/errors';
import type { Communication } from '../providers/apiTypes';

/** What the server said to the last cancel or reschedule: the workflow's confirmed state, or why it refused. */
export type MessageAnswer = { kind: 'cancelled' | 'rescheduled'; message: Communication } | { kind: 'refused'; error: unknown };

export const MessageAnswerAlert = ({ answer, onClose }: { answer: MessageAnswer; onClose: () => void }) => {
  const translate = useTranslate();
  if (answer.kind === 'refused') {
    const text = errorMessage(answer.error);
    return (
      <Alert severity="warning" onClose={onClose} data-testid="message-answer" sx={{ mt: 2, borderRadius: 3 }}>
        {translate('resources.communications.answers.refused', { message: translate(text, { _: text }) })}
      </Alert>
    );
  }
  const { message } = answer;
  const status = translate(`resources.communications.statuses.${message.status}`, { _: message.status });
  return (
    <Alert severity="success" onClose={onClose} data-testid="message-answer" sx={{ mt: 2, borderRadius: 3 }}>
      {answer.kind === 'cancelled'
        ? translate('resources.communications.answers.cancelled', { status })
        : translate('resources.communications.answers.rescheduled', { status, time: formatDateTime(message.scheduledFor) })}
    </Alert>
  );
};
