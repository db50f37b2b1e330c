// The lists lead screens pick from (staff, tags), fetched once and shared through react-query.
import { useQuery } from '@tanstack/react-query';
import type { HttpError } from 'react-admin';
import { useCrmDataProvider } from '../providers/dataProvider';

const FIVE_MINUTES = 5 * 60_000;

export const useAssignableUsers = () => {
  const dataProvider = useCrmDataProvider();
  return useQuery({
    queryKey: ['users', 'assignable'],
    queryFn: async () => (await dataProvider.getAssignableUsers()).data,
    staleTime: FIVE_MINUTES,
    retry: false,
  });
};

/**
 * The hospital's tags. Tags are their own module: when it does not answer (404 while it is being
 * deployed, 403 for a role without it) `available` is false and the screens hide tag editing
 * instead of failing.
 */
export const useTags = () => {
  const dataProvider = useCrmDataProvider();
  const query = useQuery({
    queryKey: ['tags', 'all'],
    queryFn: async () => (await dataProvider.getTags()).data,
    staleTime: FIVE_MINUTES,
    retry: false,
  });
  const status = (query.error as HttpError | null)?.status;
  return { ...query, available: !query.error, unavailableStatus: status };
};
