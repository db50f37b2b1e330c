// The surveys resource (admins): the builder, the answers and the NPS analytics of each survey.
import PollIcon from '@mui/icons-material/PollOutlined';
import type { Survey } from '../providers/apiTypes';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./SurveyList'), 'SurveyList'),
  show: lazyScreen(() => import('./SurveyShow'), 'SurveyShow'),
  edit: lazyScreen(() => import('./SurveyEdit'), 'SurveyEdit'),
  create: lazyScreen(() => import('./SurveyCreate'), 'SurveyCreate'),
  icon: PollIcon,
  recordRepresentation: (survey: Survey) => survey.name,
};
