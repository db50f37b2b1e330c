// The console: react-admin wired to the hospital-crm API. Resources are registered from their
// own folders (leads/, tasks/...); pages that are not resources come from customPages.
import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { CUSTOM_PAGES } from './customPages';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import campaigns from './campaigns';
import communications from './communications';
import leads from './leads';
import { LoginPage } from './login/LoginPage';
import surveys from './surveys';
import tasks from './tasks';
import templates from './templates';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { darkTheme, lightTheme } from './theme';

const { Route } = reactRouterProvider;

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    requireAuth
    disableTelemetry
  >
    <Resource name="leads" {...leads} />
    <Resource name="communications" {...communications} />
    <Resource name="tasks" {...tasks} />
    <Resource name="campaigns" {...campaigns} />
    <Resource name="surveys" {...surveys} />
    <Resource name="templates" {...templates} />
    <CustomRoutes>
      {CUSTOM_PAGES.map((page) => (
        <Route key={page.id} path={`/${page.id}/*`} element={page.element} />
      ))}
    </CustomRoutes>
  </Admin>
);
