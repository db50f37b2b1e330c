// The templates resource: messages written once, with {{variables}}, sent from a lead's page and by campaigns.
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import type { MessageTemplate } from '../providers/apiTypes';
import { lazyScreen } from '../common/lazyScreen';

export default {
  list: lazyScreen(() => import('./TemplateList'), 'TemplateList'),
  create: lazyScreen(() => import('./TemplateCreate'), 'TemplateCreate'),
  edit: lazyScreen(() => import('./TemplateEdit'), 'TemplateEdit'),
  icon: DescriptionIcon,
  recordRepresentation: (template: MessageTemplate) => template.name,
};
