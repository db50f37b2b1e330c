// Settings (admins only, like the API's `settings` area): one form over GET/PUT /crm/settings.
// The API owns the rules; what it refuses is shown on the field it names.
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Form, SaveButton, Title, Toolbar, useCanAccess, useTranslate } from 'react-admin';
import { FormHeader } from '../common/FormLayout';
import { formatDateTime } from '../common/display';
import { RetryAlert } from '../common/RetryAlert';
import type { CrmSettings } from '../providers/apiTypes';
import { SettingsInputs } from './SettingsInputs';
import { toSettingsForm, type SettingsFormValues } from './settingsModel';
import { useSettings } from './useSettings';

const SettingsLoading = () => (
  <Stack spacing={2} data-testid="settings-loading" aria-busy="true">
    {[0, 1, 2].map((i) => (
      <Skeleton key={i} variant="rounded" height={120} sx={{ borderRadius: 3 }} />
    ))}
  </Stack>
);

const SettingsForm = ({ settings, save }: { settings: CrmSettings; save: (values: SettingsFormValues) => Promise<Record<string, string> | undefined> }) => {
  const translate = useTranslate();
  return (
    // Keyed by the saved version: a save that succeeded starts the form afresh from what the API stored.
    <Form key={settings.updatedAt} record={toSettingsForm(settings)} onSubmit={(values: Record<string, unknown>) => save(values as SettingsFormValues)}>
      <SettingsInputs timezone={settings.timezone} />
      <Toolbar sx={{ mt: 1, px: 0, bgcolor: 'transparent', justifyContent: 'space-between' }}>
        <SaveButton />
        <Typography variant="caption" color="text.secondary" data-testid="settings-updated-at">
          {translate('crm.settings.updated_at', { time: formatDateTime(settings.updatedAt) })}
        </Typography>
      </Toolbar>
    </Form>
  );
};

const SettingsContent = () => {
  const { data, error, isPending, isFetching, refetch, save } = useSettings();
  if (error) {
    return <RetryAlert messageKey="crm.settings.load_error" error={error} retrying={isFetching} onRetry={() => void refetch()} testId="settings-error" />;
  }
  if (isPending) return <SettingsLoading />;
  return <SettingsForm settings={data} save={save} />;
};

export const SettingsPage = () => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'list', resource: 'settings' });
  return (
    <Box sx={{ py: 3, px: { xs: 1, sm: 2 }, maxWidth: 1100 }} data-testid="settings-page">
      <Title title={translate('crm.menu.settings')} />
      <Card>
        <CardContent sx={{ p: { xs: 2, md: 3 } }}>
          <FormHeader icon={<SettingsIcon />} title={translate('crm.settings.title')} hint={translate('crm.settings.hint')} />
          {isPending ? (
            <SettingsLoading />
          ) : canAccess ? (
            <SettingsContent />
          ) : (
            <Alert severity="warning" data-testid="settings-forbidden">
              {translate('crm.settings.forbidden')}
            </Alert>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
