// The leads resource (STYLE.md: one folder per resource, react-admin examples/demo visitors/).
import LeadsIcon from '@mui/icons-material/ContactPhoneOutlined';
import type { LeadSummary } from '../providers/apiTypes';
import { fullName } from '../common/display';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./LeadList'), 'LeadList'),
  show: lazyScreen(() => import('./LeadShow'), 'LeadShow'),
  edit: lazyScreen(() => import('./LeadEdit'), 'LeadEdit'),
  create: lazyScreen(() => import('./LeadCreate'), 'LeadCreate'),
  icon: LeadsIcon,
  recordRepresentation: (lead: LeadSummary) => fullName(lead),
};
