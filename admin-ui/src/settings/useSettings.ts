import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage, fieldErrors } from '../common/errors';
import type { CrmSettings } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { toSettingsChanges, type SettingsFormValues } from './settingsModel';

const SETTINGS_KEY = ['crm', 'settings'];

/**
 * The hospital's settings, and a save that answers the form: nothing on success (the saved
 * settings replace the loaded ones), the API's per-field messages on a 400/422.
 */
export const useSettings = () => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const query = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async ({ signal }) => (await dataProvider.getSettings(signal)).data,
    retry: false,
  });

  const save = async (values: SettingsFormValues): Promise<Record<string, string> | undefined> => {
    try {
      const { data } = await dataProvider.updateSettings(toSettingsChanges(values));
      queryClient.setQueryData<CrmSettings>(SETTINGS_KEY, data);
      notify('crm.settings.saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const message = errorMessage(error);
      notify('crm.settings.refused', { type: 'error', messageArgs: { message: translate(message, { _: message }) } });
      const fields = fieldErrors(error);
      return Object.keys(fields).length ? fields : undefined;
    }
  };

  return { ...query, save };
};
