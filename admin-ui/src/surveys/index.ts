// The surveys resource (admins): the builder, the answers and the NPS analytics of each survey.
import PollIcon from '@mui/icons-material/PollOutlined';
import type { Survey } from '../providers/apiTypes';
import { SurveyCreate } from './SurveyCreate';
import { SurveyEdit } from './SurveyEdit';
import { SurveyList } from './SurveyList';
import { SurveyShow } from './SurveyShow';

export default {
  list: SurveyList,
  show: SurveyShow,
  edit: SurveyEdit,
  create: SurveyCreate,
  icon: PollIcon,
  recordRepresentation: (survey: Survey) => survey.name,
};
