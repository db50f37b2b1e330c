// The control room's moves (launch, pause, resume, cancel): each answers with the state the
// workflow confirmed, which is put in the progress cache at once; a refusal (409) is notified
// with the server's reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import type { CampaignWithProgress } from '../providers/apiTypes';
import type { CampaignControl } from '../providers/customMethods';
import { useCrmDataProvider } from '../providers/dataProvider';

export type ControlRequest = { action: 'launch'; startAt?: string } | { action: 'reschedule'; startAt: string } | { action: CampaignControl };

export const progressKey = (id: Identifier) => ['campaigns', 'progress', String(id)];
export const analyticsKey = (id: Identifier) => ['campaigns', 'analytics', String(id)];

export const useCampaignControls = (id: Identifier) => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  return useMutation<CampaignWithProgress, unknown, ControlRequest>({
    mutationFn: async (request) => {
      if (request.action === 'launch') return (await dataProvider.launchCampaign(id, request.startAt)).data;
      if (request.action === 'reschedule') return (await dataProvider.scheduleCampaign(id, request.startAt)).data;
      return (await dataProvider.changeCampaign(id, request.action)).data;
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(progressKey(id), { ...answer.progress, status: answer.status });
      notify('resources.campaigns.notifications.changed', {
        type: 'success',
        messageArgs: { status: translate(`resources.campaigns.statuses.${answer.status}`, { _: answer.status }) },
      });
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    },
    onError: (error) => {
      const message = errorMessage(error);
      notify('resources.campaigns.notifications.refused', {
        type: 'error',
        messageArgs: { message: translate(message, { _: message }) },
        autoHideDuration: 10_000,
      });
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
};
