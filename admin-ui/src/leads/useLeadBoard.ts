import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCrmDataProvider } from '../providers/dataProvider';

/** Cards fetched per column; the column header still shows the full count. */
export const CARDS_PER_COLUMN = 50;

/**
 * The Kanban's columns for the list's current filters. Keyed under 'leads' so react-admin's
 * refresh and any lead mutation's invalidation refetch the board too.
 */
export const useLeadBoard = (filter: Record<string, unknown>) => {
  const dataProvider = useCrmDataProvider();
  return useQuery({
    queryKey: ['leads', 'board', filter],
    queryFn: async ({ signal }) => (await dataProvider.getLeadBoard({ filter, perColumn: CARDS_PER_COLUMN, signal })).data,
    // While a new search or filter loads, the board keeps showing the last result instead of skeletons.
    placeholderData: keepPreviousData,
  });
};
