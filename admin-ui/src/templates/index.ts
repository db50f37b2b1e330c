// The templates resource: messages written once, with {{variables}}, sent from a lead's page and by campaigns.
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import type { MessageTemplate } from '../providers/apiTypes';
import { TemplateCreate } from './TemplateCreate';
import { TemplateEdit } from './TemplateEdit';
import { TemplateList } from './TemplateList';

export default {
  list: TemplateList,
  create: TemplateCreate,
  edit: TemplateEdit,
  icon: DescriptionIcon,
  recordRepresentation: (template: MessageTemplate) => template.name,
};
