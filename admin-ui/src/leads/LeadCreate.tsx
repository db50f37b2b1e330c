// New lead. On an open duplicate (409) the person chooses: open the existing lead, or create
// anyway (the same data again, with allowDuplicate).
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useState } from 'react';
import { Create, SimpleForm, useCreate, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import type { DuplicateLeadDetails, LeadDetail } from '../providers/apiTypes';
import { DuplicateLeadDialog } from './DuplicateLeadDialog';
import { fullName } from '../common/display';
import { FormHeader } from '../common/FormLayout';
import { LeadInputs } from './LeadInputs';
import { duplicateFromError, transformCreate } from './leadModel';

type Pending = { duplicate: DuplicateLeadDetails; data: Record<string, unknown> };

export const LeadCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [create, { isPending: creatingAnyway }] = useCreate();
  const [pending, setPending] = useState<Pending | null>(null);

  const created = (lead: RaRecord) => {
    notify('resources.leads.notifications.created', { type: 'success', messageArgs: { name: fullName(lead as LeadDetail) } });
    redirect('show', 'leads', lead.id, lead);
  };

  const failed = (error: unknown, variables: { data?: Partial<RaRecord> } | undefined) => {
    const duplicate = duplicateFromError(error);
    if (duplicate) {
      setPending({ duplicate, data: (variables?.data ?? {}) as Record<string, unknown> });
      return;
    }
    const validation = (error as { body?: { errors?: unknown } })?.body?.errors;
    if (validation) return; // shown on the fields themselves
    const message = error instanceof Error ? error.message : String(error);
    notify('resources.leads.notifications.failed', { type: 'error', messageArgs: { message: translate(message, { _: message }) } });
  };

  const createAnyway = () => {
    if (!pending) return;
    create(
      'leads',
      { data: pending.data, meta: { allowDuplicate: true } },
      {
        onSuccess: (lead) => {
          setPending(null);
          created(lead);
        },
        onError: (error) => failed(error, undefined),
      },
    );
  };

  return (
    <Create
      title="resources.leads.page.create"
      transform={transformCreate}
      mutationOptions={{ onSuccess: created, onError: failed }}
      sx={{ maxWidth: 1040, mx: 'auto' }}
    >
      <SimpleForm mode="onBlur" reValidateMode="onChange" sx={{ p: { xs: 2, md: 3 } }}>
        <FormHeader icon={<PersonAddIcon />} title={translate('resources.leads.page.create')} hint={translate('resources.leads.page.create_hint')} />
        <LeadInputs mode="create" />
      </SimpleForm>
      <DuplicateLeadDialog
        duplicate={pending?.duplicate ?? null}
        creating={creatingAnyway}
        onClose={() => setPending(null)}
        onOpen={() => pending && redirect('show', 'leads', pending.duplicate.existingLeadId)}
        onCreateAnyway={createAnyway}
      />
    </Create>
  );
};
