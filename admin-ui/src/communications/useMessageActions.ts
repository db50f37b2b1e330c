// Sending, scheduling, cancelling, moving and logging messages. Each call refetches every
// 'communications' query (list, page) and every 'leads' query (the lead's timeline and score),
// so the screens show the state the server and the message's workflow confirmed. The refetch is
// not awaited: a caller's own callbacks run first, even when the refetched page then hides the
// button that made the call.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import type { LogCommunicationPayload, SendMessagePayload } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';

export const useMessageActions = () => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const refetch = () => {
    void queryClient.invalidateQueries({ queryKey: ['communications'] });
    void queryClient.invalidateQueries({ queryKey: ['leads'] });
  };

  const send = useMutation({
    mutationFn: ({ sendAt, ...payload }: SendMessagePayload) =>
      sendAt ? dataProvider.scheduleMessage({ ...payload, sendAt }) : dataProvider.sendMessage(payload),
    onSuccess: refetch,
  });
  const cancel = useMutation({
    mutationFn: (id: Identifier) => dataProvider.cancelMessage(id),
    onSettled: refetch,
  });
  const reschedule = useMutation({
    mutationFn: ({ id, sendAt }: { id: Identifier; sendAt: string }) => dataProvider.rescheduleMessage(id, sendAt),
    onSettled: refetch,
  });
  const log = useMutation({
    mutationFn: (payload: LogCommunicationPayload) => dataProvider.create('communications', { data: payload }),
    onSuccess: refetch,
  });
  return { send, cancel, reschedule, log };
};
