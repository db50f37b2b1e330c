// Pages that are not resources (Reports, Settings...): one entry here adds both the route
// and its menu item, so the menu never links to a page that does not exist.
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import type { ComponentType, ReactElement } from 'react';
import { lazyScreen } from './common/lazyScreen';

const SettingsPage = lazyScreen(() => import('./settings/SettingsPage'), 'SettingsPage');

export type CustomPage = {
  /** URL path and access area (authProvider.canAccess is asked for `resource: id`). */
  id: string;
  labelKey: string;
  icon: ComponentType;
  element: ReactElement;
};

export const CUSTOM_PAGES: CustomPage[] = [{ id: 'settings', labelKey: 'crm.menu.settings', icon: SettingsIcon, element: <SettingsPage /> }];
