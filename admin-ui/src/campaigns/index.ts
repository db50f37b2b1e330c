// The campaigns resource (admins): the builder with its live audience count, and each campaign's control room.
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import type { Campaign } from '../providers/apiTypes';
import { CampaignCreate } from './CampaignCreate';
import { CampaignEdit } from './CampaignEdit';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default {
  list: CampaignList,
  show: CampaignShow,
  edit: CampaignEdit,
  create: CampaignCreate,
  icon: CampaignIcon,
  recordRepresentation: (campaign: Campaign) => campaign.name,
};
