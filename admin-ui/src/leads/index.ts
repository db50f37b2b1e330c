// The leads resource (STYLE.md: one folder per resource, react-admin examples/demo visitors/).
import LeadsIcon from '@mui/icons-material/ContactPhoneOutlined';
import type { LeadSummary } from '../providers/apiTypes';
import { fullName } from '../common/display';
import { LeadCreate } from './LeadCreate';
import { LeadEdit } from './LeadEdit';
import { LeadList } from './LeadList';
import { LeadShow } from './LeadShow';

export default {
  list: LeadList,
  show: LeadShow,
  edit: LeadEdit,
  create: LeadCreate,
  icon: LeadsIcon,
  recordRepresentation: (lead: LeadSummary) => fullName(lead),
};
