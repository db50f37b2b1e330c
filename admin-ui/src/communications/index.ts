// The communications resource: the history of every message (list) and one message (show).
// Messages are sent from a lead's page; there is no create or edit form here.
import ForumIcon from '@mui/icons-material/ForumOutlined';
import { COMMUNICATION_CHANNEL_LABELS } from '@hospital-crm/domain';
import type { Communication } from '../providers/apiTypes';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./CommunicationList'), 'CommunicationList'),
  show: lazyScreen(() => import('./CommunicationShow'), 'CommunicationShow'),
  icon: ForumIcon,
  recordRepresentation: (message: Communication) => message.subject ?? COMMUNICATION_CHANNEL_LABELS[message.channel],
};
