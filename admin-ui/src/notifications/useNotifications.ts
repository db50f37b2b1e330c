// The bell's data: the unread count, asked for every 30 s (and when the window regains focus),
// the latest notifications when the list is opened, and marking them read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { useCrmDataProvider } from '../providers/dataProvider';
import { UNREAD_POLL_MS } from './notificationModel';

const KEY = ['notifications'] as const;

export const useUnreadCount = () => {
  const dataProvider = useCrmDataProvider();
  return useQuery({
    queryKey: [...KEY, 'unread-count'],
    queryFn: async () => (await dataProvider.getUnreadNotificationCount()).data,
    refetchInterval: UNREAD_POLL_MS,
    retry: false,
  });
};

export const useLatestNotifications = (enabled: boolean) => {
  const dataProvider = useCrmDataProvider();
  return useQuery({
    queryKey: [...KEY, 'latest'],
    queryFn: async () => (await dataProvider.getNotifications({ page: 1, limit: 10 })).data,
    enabled,
    retry: false,
  });
};

export const useNotificationActions = () => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const refetch = () => {
    void queryClient.invalidateQueries({ queryKey: KEY });
  };
  const markRead = useMutation({ mutationFn: (id: Identifier) => dataProvider.markNotificationRead(id), onSuccess: refetch });
  const markAllRead = useMutation({ mutationFn: () => dataProvider.markAllNotificationsRead(), onSuccess: refetch });
  return { markRead, markAllRead };
};
