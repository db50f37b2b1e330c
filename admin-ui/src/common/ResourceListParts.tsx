import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useRedirect, useTranslate } from 'react-admin';
import { EmptyState } from './EmptyState';

/** The toolbar of a list staff create in: the filter menu and `resources.<resource>.page.create`. */
export const CreateListActions = ({ resource }: { resource: string }) => (
  <TopToolbar>
    <FilterButton />
    <CreateButton variant="contained" icon={<AddIcon />} label={`resources.${resource}.page.create`} />
  </TopToolbar>
);

/** A resource with nothing yet: `resources.<resource>.empty.{title,body,create}` and a button to create the first one. */
export const ResourceEmpty = ({ resource, icon }: { resource: string; icon: ReactNode }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <EmptyState
      testId={`${resource}-empty`}
      icon={icon}
      title={translate(`resources.${resource}.empty.title`)}
      body={translate(`resources.${resource}.empty.body`)}
      action={
        <Button variant="contained" size="large" startIcon={<AddIcon />} onClick={() => redirect('create', resource)}>
          {translate(`resources.${resource}.empty.create`)}
        </Button>
      }
    />
  );
};
