import { Box } from '@mui/material';
import { useListContext } from 'react-admin';
import { RetryAlert } from './RetryAlert';

/** A list that could not be loaded: what the server said, and a way to try again. */
export const ListError = () => {
  const { error, refetch, isFetching } = useListContext();
  return (
    <Box sx={{ m: 2 }}>
      <RetryAlert messageKey="crm.common.list_error" error={error} retrying={!!isFetching} onRetry={() => void refetch()} testId="list-error" />
    </Box>
  );
};
