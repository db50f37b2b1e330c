// A draft's builder; any other status is read-only (the API answers 409), so the form is not shown.
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { Alert, Skeleton } from '@mui/material';
import { useMemo } from 'react';
import { Edit, SimpleForm, useEditContext, useNotify, useRedirect, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import { FormHeader } from '../common/FormLayout';
import type { Campaign } from '../providers/apiTypes';
import { campaignBody, formFromAudience } from './campaignModel';
import { CampaignInputs } from './CampaignInputs';

/** The datetime-local input's value for a stored instant, in the browser's zone. */
const localInput = (iso: string | null): string | null => {
  if (!iso) return null;
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

const CampaignEditForm = () => {
  const translate = useTranslate();
  const { record, isPending } = useEditContext<Campaign>();
  const formRecord = useMemo(
    () =>
      record
        ? { ...record, templateId: record.template?.id, scheduledAt: localInput(record.scheduledAt), audienceForm: formFromAudience(record.audience) }
        : undefined,
    [record],
  );
  if (isPending) return <Skeleton variant="rounded" height={320} aria-busy="true" />;
  if (!record || !formRecord) return <Alert severity="error">{translate('resources.campaigns.show.not_found')}</Alert>;
  if (record.status !== 'DRAFT') return <Alert severity="info">{translate('resources.campaigns.page.edit_hint')}</Alert>;
  return (
    <SimpleForm record={formRecord} sx={{ p: { xs: 2, md: 3 } }}>
      <FormHeader icon={<CampaignIcon />} title={translate('resources.campaigns.page.edit')} hint={translate('resources.campaigns.page.edit_hint')} />
      <CampaignInputs />
    </SimpleForm>
  );
};

export const CampaignEdit = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit<Campaign>
      title="resources.campaigns.page.edit"
      mutationMode="pessimistic"
      transform={(data) => campaignBody(data)}
      mutationOptions={{
        onSuccess: (campaign: Campaign) => {
          notify('resources.campaigns.notifications.updated', { type: 'success' });
          redirect('show', 'campaigns', campaign.id);
        },
        onError: (error: unknown) => {
          const message = errorMessage(error);
          notify('resources.campaigns.notifications.failed', {
            type: 'error',
            messageArgs: { message: translate(message, { _: message }) },
            autoHideDuration: 10_000,
          });
        },
      }}
      sx={{ maxWidth: 1040, mx: 'auto' }}
    >
      <CampaignEditForm />
    </Edit>
  );
};
