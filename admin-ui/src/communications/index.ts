// The communications resource: the history of every message (list) and one message (show).
// Messages are sent from a lead's page; there is no create or edit form here.
import ForumIcon from '@mui/icons-material/ForumOutlined';
import { COMMUNICATION_CHANNEL_LABELS } from '@hospital-crm/domain';
import type { Communication } from '../providers/apiTypes';
import { CommunicationList } from './CommunicationList';
import { CommunicationShow } from './CommunicationShow';

export default {
  list: CommunicationList,
  show: CommunicationShow,
  icon: ForumIcon,
  recordRepresentation: (message: Communication) => message.subject ?? COMMUNICATION_CHANNEL_LABELS[message.channel],
};
