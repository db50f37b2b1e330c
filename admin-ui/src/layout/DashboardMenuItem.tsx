import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import { Menu, useTranslate } from 'react-admin';

/** Home for every role; the dashboard itself decides whether its metrics may be shown. */
export const DashboardMenuItem = () => {
  const translate = useTranslate();
  return <Menu.DashboardItem primaryText={translate('crm.menu.dashboard')} leftIcon={<DashboardIcon />} />;
};
