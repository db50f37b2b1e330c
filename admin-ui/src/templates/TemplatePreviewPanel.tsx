// The template as a patient would read it, updated as it is written: rendered here with the
// domain's renderer while it has unsaved changes, by the server (exactly as a send would) once
// saved. Sample values can be typed for each variable; the SMS length and segments are counted.
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Chip, CircularProgress, Divider, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { TemplateProblem } from '@hospital-crm/domain';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errors';
import { EmailFrame, TextBubble } from '../common/MessageText';
import { SectionCard } from '../common/SectionCard';
import { useDebouncedValue } from '../common/useDebouncedValue';
import type { MessageTemplate } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { SmsSegmentCounter } from './SmsSegmentCounter';
import {
  draftProblems,
  previewSource,
  previewValues,
  rawSegments,
  renderLocally,
  SERVER_FILLED,
  serverPreviewValues,
  usedVariables,
  type RenderedPreview,
  type TemplateDraft,
} from './templatePreview';

const RenderedView = ({ preview, channel }: { preview: RenderedPreview; channel: string | null | undefined }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} data-testid="template-preview">
      {preview.subject !== null && (
        <Typography variant="body2" sx={{ fontWeight: 700 }} data-testid="template-preview-subject">
          {preview.subject}
        </Typography>
      )}
      {channel === 'EMAIL' ? (
        <EmailFrame html={preview.body} title={translate('resources.templates.preview.email_frame')} height={300} />
      ) : (
        <TextBubble text={preview.body} testId="template-preview-body" />
      )}
      {preview.sms && <SmsSegmentCounter segments={preview.sms} label={translate('resources.templates.sms.with_samples')} />}
    </Stack>
  );
};

const ProblemList = ({ problems }: { problems: TemplateProblem[] }) => (
  <Stack spacing={1} data-testid="template-problems">
    {problems.map((problem, index) => (
      <Alert key={`${problem.code}-${problem.variable ?? index}`} severity={problem.severity === 'error' ? 'error' : 'warning'} sx={{ py: 0, borderRadius: 2 }}>
        {problem.message}
      </Alert>
    ))}
  </Stack>
);

type SampleValuesProps = {
  names: string[];
  typed: Record<string, string>;
  /** Variables the server fills in itself (a saved template's preview). */
  serverFilled: readonly string[];
  onChange: (name: string, value: string) => void;
};

const SampleValues = ({ names, typed, serverFilled, onChange }: SampleValuesProps) => {
  const translate = useTranslate();
  const samples = previewValues(names, {});
  if (names.length === 0) return null;
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
        {translate('resources.templates.preview.sample_values')}
      </Typography>
      <Box sx={{ display: 'grid', columnGap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
        {names.map((name) => (
          <TextField
            key={name}
            size="small"
            label={name}
            value={typed[name] ?? ''}
            placeholder={
              serverFilled.includes(name)
                ? translate('resources.templates.preview.from_server')
                : (samples[name] ?? translate('resources.templates.preview.no_sample'))
            }
            onChange={(event) => onChange(name, event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ))}
      </Box>
    </Box>
  );
};

/** The server's rendering of the saved template (422 when a variable has no value). */
const ServerPreview = ({ id, values, channel }: { id: string; values: Record<string, string>; channel: string | null | undefined }) => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const settled = useDebouncedValue(values);
  const { data, error, isPending } = useQuery({
    queryKey: ['templates', id, 'preview', settled],
    queryFn: async () => (await dataProvider.previewTemplate(id, { values: settled })).data,
    retry: false,
  });
  if (isPending) return <CircularProgress size={24} aria-label={translate('resources.templates.preview.loading')} />;
  if (error) {
    const message = errorMessage(error);
    return (
      <Alert severity="warning" icon={<ErrorOutlineIcon />} data-testid="template-preview-error">
        {translate(message, { _: message })}
      </Alert>
    );
  }
  return <RenderedView preview={data} channel={channel} />;
};

const LocalPreview = ({ draft, values }: { draft: TemplateDraft; values: Record<string, string> }) => {
  const translate = useTranslate();
  const preview = renderLocally(draft, values);
  switch (preview.state) {
    case 'empty':
      return (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.templates.preview.empty')}
        </Typography>
      );
    case 'missing':
      return (
        <Stack direction="row" spacing={0.75} sx={{ flexWrap: 'wrap', rowGap: 0.75 }} data-testid="template-preview-missing">
          <Typography variant="body2" color="text.secondary">
            {translate('resources.templates.preview.missing')}
          </Typography>
          {preview.missing.map((name) => (
            <Chip key={name} size="small" color="warning" variant="outlined" label={`{{${name}}}`} />
          ))}
        </Stack>
      );
    case 'invalid':
      return (
        <Typography variant="body2" color="error">
          {translate('resources.templates.preview.invalid')}
        </Typography>
      );
    case 'rendered':
      return <RenderedView preview={preview} channel={draft.channel} />;
  }
};

export const TemplatePreviewPanel = ({ draft }: { draft: TemplateDraft }) => {
  const translate = useTranslate();
  const saved = useRecordContext<MessageTemplate>();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const used = usedVariables(draft);
  const values = previewValues(used, typed);
  const source = previewSource(draft, saved);
  const problems = draftProblems(draft);
  const raw = rawSegments(draft);

  return (
    <SectionCard
      title={translate('resources.templates.preview.title')}
      icon={<VisibilityIcon fontSize="small" />}
      action={
        <Chip
          size="small"
          variant="outlined"
          color={source === 'server' ? 'success' : 'default'}
          label={translate(source === 'server' ? 'resources.templates.preview.by_server' : 'resources.templates.preview.local')}
          data-testid="template-preview-source"
        />
      }
      testId="template-preview-panel"
    >
      <Stack spacing={2}>
        {source === 'server' && saved ? (
          <ServerPreview id={saved.id} values={serverPreviewValues(used, typed)} channel={draft.channel} />
        ) : (
          <LocalPreview draft={draft} values={values} />
        )}
        {raw && raw.length > 0 && <SmsSegmentCounter segments={raw} label={translate('resources.templates.sms.as_written')} />}
        {problems.length > 0 && <ProblemList problems={problems} />}
        <Divider />
        <SampleValues
          names={used}
          typed={typed}
          serverFilled={source === 'server' ? SERVER_FILLED : []}
          onChange={(name, value) => setTyped((current) => ({ ...current, [name]: value }))}
        />
      </Stack>
    </SectionCard>
  );
};
