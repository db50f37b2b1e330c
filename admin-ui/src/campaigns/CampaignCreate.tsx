import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../common/errors';
import { FormHeader } from '../common/FormLayout';
import { campaignBody, EMPTY_AUDIENCE_FORM } from './campaignModel';
import { CampaignInputs } from './CampaignInputs';

const DEFAULTS = { campaignType: 'PROMOTION', audienceForm: EMPTY_AUDIENCE_FORM };

export const CampaignCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="resources.campaigns.page.create"
      transform={campaignBody}
      mutationOptions={{
        onSuccess: (campaign: RaRecord) => {
          notify('resources.campaigns.notifications.created', { type: 'success', messageArgs: { name: String(campaign.name) } });
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
      <SimpleForm defaultValues={DEFAULTS} sx={{ p: { xs: 2, md: 3 } }}>
        <FormHeader icon={<CampaignIcon />} title={translate('resources.campaigns.page.create')} hint={translate('resources.campaigns.page.create_hint')} />
        <CampaignInputs />
      </SimpleForm>
    </Create>
  );
};
