import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { errorMessage } from './errors';

/** A list that could not be loaded: what the server said, and a way to try again. */
export const ListError = () => {
  const translate = useTranslate();
  const { error, refetch, isFetching } = useListContext();
  const message = errorMessage(error);
  return (
    <Alert
      severity="error"
      sx={{ m: 2, borderRadius: 3 }}
      data-testid="list-error"
      action={
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
          {translate('crm.common.retry')}
        </Button>
      }
    >
      {translate('crm.common.list_error', { message: translate(message, { _: message }) })}
    </Alert>
  );
};
