// The sidebar: registered resources and custom pages in the plan's order, each shown only if
// the signed-in role may open it (authProvider.canAccess, backed by the domain's role table).
import { Menu as RaMenu, useResourceDefinitions, useTranslate } from 'react-admin';
import { CUSTOM_PAGES } from '../customPages';
import { CustomPageMenuItem } from './CustomPageMenuItem';
import { DashboardMenuItem } from './DashboardMenuItem';
import { orderMenuEntries } from './menuOrder';

export const Menu = () => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  const listed = Object.values(resources)
    .filter((resource) => resource.hasList)
    .map((resource) => resource.name);
  const pages = new Map(CUSTOM_PAGES.map((page) => [page.id, page]));
  const entries = orderMenuEntries([...listed, ...pages.keys()]);

  return (
    <RaMenu aria-label={translate('crm.menu.navigation')} sx={{ pt: 1 }}>
      <DashboardMenuItem />
      {entries.map((name) => {
        const page = pages.get(name);
        return page ? <CustomPageMenuItem key={name} page={page} /> : <RaMenu.ResourceItem key={name} name={name} />;
      })}
    </RaMenu>
  );
};
