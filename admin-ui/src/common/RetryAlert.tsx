import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from './errors';

type RetryAlertProps = {
  /** i18n key of the sentence, given the server's message as %{message}. */
  messageKey: string;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  testId?: string;
};

/** Something could not be loaded: what the server said, and a way to try again. */
export const RetryAlert = ({ messageKey, error, retrying, onRetry, testId }: RetryAlertProps) => {
  const translate = useTranslate();
  const message = errorMessage(error);
  return (
    <Alert
      severity="error"
      sx={{ borderRadius: 3 }}
      data-testid={testId}
      action={
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry} disabled={retrying}>
          {translate('crm.common.retry')}
        </Button>
      }
    >
      {translate(messageKey, { message: translate(message, { _: message }) })}
    </Alert>
  );
};
