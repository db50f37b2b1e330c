import { createElement } from 'react';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import type { CustomPage } from '../customPages';

/** A menu link to a custom page, hidden when the role may not open it. */
export const CustomPageMenuItem = ({ page }: { page: CustomPage }) => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'list', resource: page.id });
  if (isPending || !canAccess) return null;
  return <Menu.Item to={`/${page.id}`} primaryText={translate(page.labelKey)} leftIcon={createElement(page.icon)} />;
};
