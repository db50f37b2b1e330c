// The campaigns resource (admins): the builder with its live audience count, and each campaign's control room.
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import type { Campaign } from '../providers/apiTypes';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./CampaignList'), 'CampaignList'),
  show: lazyScreen(() => import('./CampaignShow'), 'CampaignShow'),
  edit: lazyScreen(() => import('./CampaignEdit'), 'CampaignEdit'),
  create: lazyScreen(() => import('./CampaignCreate'), 'CampaignCreate'),
  icon: CampaignIcon,
  recordRepresentation: (campaign: Campaign) => campaign.name,
};
