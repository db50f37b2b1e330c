import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EmailFrame, TextBubble } from '../common/MessageText';
import type { Communication } from '../providers/apiTypes';

/** The text as the recipient got it: an email in a sandboxed frame, a text message as a bubble. */
export const MessageBody = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  if (!message.body) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.communications.show.no_body')}
      </Typography>
    );
  }
  return (
    <Box data-testid="message-body">
      {message.channel === 'EMAIL' ? (
        <EmailFrame html={message.body} title={translate('resources.communications.show.email_frame')} />
      ) : (
        <TextBubble text={message.body} />
      )}
    </Box>
  );
};
