// The builder's live recipient count: the audience as typed, sent (debounced) to
// POST /crm/campaigns/audience/preview; the count, its split, a few names, and the
// API's field errors put back on the audience inputs.
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import { Alert, Box, Card, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { SendableChannel } from '@hospital-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { errorMessage, errorStatus, fieldErrors } from '../common/errors';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { useCrmDataProvider } from '../providers/dataProvider';
import { audienceFromForm, audienceInputErrors, EMPTY_AUDIENCE_FORM, type AudienceForm } from './campaignModel';

const AUDIENCE_INPUTS = Object.keys(EMPTY_AUDIENCE_FORM) as Array<keyof AudienceForm>;

export const AudiencePreviewCard = () => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const { setError, clearErrors } = useFormContext();
  const channel = useWatch({ name: 'channel' }) as SendableChannel | undefined;
  const form = useWatch({ name: 'audienceForm' }) as Partial<AudienceForm> | undefined;
  const key = JSON.stringify([channel ?? null, audienceFromForm(form)]);
  const settled = useDebouncedValue(key, 400);
  const [settledChannel, settledAudience] = useMemo(() => JSON.parse(settled) as [SendableChannel | null, ReturnType<typeof audienceFromForm>], [settled]);

  const query = useQuery({
    queryKey: ['campaigns', 'audience-preview', settled],
    queryFn: ({ signal }) => dataProvider.previewAudience(settledChannel as SendableChannel, settledAudience, signal).then((r) => r.data),
    enabled: Boolean(settledChannel),
    retry: false,
    staleTime: 10_000,
  });

  // A 400 names `audience.<field>`: shown on that input until the next answer.
  const problems = useMemo(() => (query.error && errorStatus(query.error) === 400 ? audienceInputErrors(fieldErrors(query.error)) : {}), [query.error]);
  useEffect(() => {
    clearErrors(AUDIENCE_INPUTS.map((input) => `audienceForm.${input}`));
    for (const input of AUDIENCE_INPUTS) {
      const message = problems[input];
      if (message) setError(`audienceForm.${input}`, { type: 'server', message });
    }
  }, [problems, setError, clearErrors]);

  const pending = key !== settled || (query.isFetching && Boolean(settledChannel));
  const data = query.data;
  return (
    <Card variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="audience-preview" aria-live="polite" aria-busy={pending}>
      <Stack direction="row" spacing={1.5} alignItems="center">
        <GroupsIcon color="primary" />
        <Typography variant="subtitle2">{translate('resources.campaigns.audience.count_title')}</Typography>
      </Stack>
      <Box sx={{ minHeight: 4, my: 1 }}>{pending && <LinearProgress aria-label={translate('resources.campaigns.audience.count_loading')} />}</Box>
      {!channel && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.campaigns.audience.count_idle')}
        </Typography>
      )}
      {channel && query.error && (
        <Alert severity="error" data-testid="audience-preview-error">
          {translate('resources.campaigns.audience.count_failed', {
            message: problems._ ?? translate(errorMessage(query.error), { _: errorMessage(query.error) }),
          })}
        </Alert>
      )}
      {channel && data && !query.error && (
        <Box sx={{ opacity: pending ? 0.6 : 1 }}>
          <Typography variant="h4" component="p" data-testid="audience-count" data-count={data.count.total} sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {translate('resources.campaigns.audience.count_label', { smart_count: data.count.total })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.campaigns.audience.count_split', { patients: data.count.patients, leads: data.count.leads })}
          </Typography>
          {data.sample.length === 0 ? (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('resources.campaigns.audience.sample_none')}
            </Typography>
          ) : (
            <Box sx={{ mt: 1 }}>
              <Typography variant="caption" color="text.secondary">
                {translate('resources.campaigns.audience.sample')}
              </Typography>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mt: 0.5 }} data-testid="audience-sample">
                {data.sample.slice(0, 5).map((row, index) => (
                  <Chip
                    key={`${row.firstName}-${row.lastName}-${index}`}
                    size="small"
                    variant="outlined"
                    label={`${row.firstName} ${row.lastName}`.trim()}
                    title={translate(`resources.campaigns.audience.${row.contactType}`)}
                  />
                ))}
              </Stack>
            </Box>
          )}
        </Box>
      )}
    </Card>
  );
};
