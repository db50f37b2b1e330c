// Picks an active template of the chosen channel, asks for the variables the lead and hospital do
// not fill, and shows the message as it will read (rendered here with the domain's renderer).
import { Alert, Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { hospitalTemplateValues, leadTemplateValues, type SendableChannel } from '@hospital-crm/domain';
import { useGetList, useTranslate } from 'react-admin';
import { plainText } from '../common/display';
import { TextBubble } from '../common/MessageText';
import { useWorkingHospital } from '../hospitals/useWorkingHospital';
import type { LeadDetail, MessageTemplate } from '../providers/apiTypes';
import { renderLocally } from '../templates/templatePreview';
import { variablesToFill } from './communicationModel';

type TemplateChooserProps = {
  lead: LeadDetail;
  channel: SendableChannel;
  templateId: string;
  variables: Record<string, string>;
  onTemplate: (template: MessageTemplate | null) => void;
  onVariable: (name: string, value: string) => void;
  error?: string;
};

/** The active templates of one channel, by name. */
export const useChannelTemplates = (channel: SendableChannel, enabled: boolean) =>
  useGetList<MessageTemplate>(
    'templates',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: { channel: [channel], isActive: true } },
    { enabled },
  );

const TemplateText = ({ lead, template, variables }: { lead: LeadDetail; template: MessageTemplate; variables: Record<string, string> }) => {
  const translate = useTranslate();
  const hospital = useWorkingHospital().current;
  const values = { ...(hospital ? hospitalTemplateValues(hospital) : {}), ...leadTemplateValues(lead), ...variables };
  const preview = renderLocally(template, values);
  if (preview.state === 'rendered') {
    return (
      <Box>
        {preview.subject && (
          <Typography variant="body2" sx={{ fontWeight: 700, mb: 1 }}>
            {preview.subject}
          </Typography>
        )}
        <TextBubble text={template.channel === 'EMAIL' ? plainText(preview.body) : preview.body} testId="send-preview" />
      </Box>
    );
  }
  return (
    <Typography variant="caption" color="text.secondary" data-testid="send-preview">
      {preview.state === 'missing' ? translate('resources.communications.send.preview_missing', { names: preview.missing.join(', ') }) : template.content}
    </Typography>
  );
};

export const TemplateChooser = ({ lead, channel, templateId, variables, onTemplate, onVariable, error }: TemplateChooserProps) => {
  const translate = useTranslate();
  const { data = [], isPending, error: loadError } = useChannelTemplates(channel, true);
  const template = data.find((t) => t.id === templateId) ?? null;
  if (loadError) return <Alert severity="warning">{translate('resources.communications.send.templates_unavailable')}</Alert>;
  return (
    <Stack spacing={1.5}>
      <TextField
        select
        fullWidth
        name="templateId"
        label={translate('resources.communications.send.template')}
        value={template ? templateId : ''}
        onChange={(event) => onTemplate(data.find((t) => t.id === event.target.value) ?? null)}
        disabled={isPending}
        error={Boolean(error)}
        helperText={error ?? (data.length === 0 && !isPending ? translate('resources.communications.send.no_templates') : undefined)}
      >
        {data.map((t) => (
          <MenuItem key={t.id} value={t.id}>
            {t.name}
          </MenuItem>
        ))}
      </TextField>
      {template &&
        variablesToFill(template).map((name) => (
          <TextField
            key={name}
            fullWidth
            required
            name={`variables.${name}`}
            label={name}
            value={variables[name] ?? ''}
            onChange={(event) => onVariable(name, event.target.value)}
          />
        ))}
      {template && <TemplateText lead={lead} template={template} variables={variables} />}
    </Stack>
  );
};
