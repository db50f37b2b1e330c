import { useQuery } from '@tanstack/react-query';
import { useCrmDataProvider } from '../providers/dataProvider';

/** The dashboard's metrics through react-query, so react-admin's refresh and the hospital switch refetch them. */
export const useDashboardMetrics = (enabled = true) => {
  const dataProvider = useCrmDataProvider();
  return useQuery({
    queryKey: ['crm', 'reports', 'dashboard'],
    queryFn: async () => (await dataProvider.getDashboard()).data,
    enabled,
    retry: false, // a missing report is shown at once, with a retry button
  });
};
