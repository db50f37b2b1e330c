import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Our own hash router, so react-admin uses it instead of creating one. Navigation must not run as
// a React transition: logout resets the store right after navigating to /login, that re-render
// interrupts the transition and LogoutOnMount logs out again, in a loop (react-admin#10764).
const router = createHashRouter([{ path: '*', element: <App /> }]);

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
