// "Send message" from a lead's page: email, SMS or WhatsApp; written here or from a template;
// now or at a chosen time; marked as marketing or not. The server decides whether the lead may
// receive it (opt-out, suppression, no address) and its refusal is shown here, in the dialog.
import SendIcon from '@mui/icons-material/SendOutlined';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { COMMUNICATION_CHANNEL_LABELS, SENDABLE_CHANNELS, smsSegments, type SendableChannel } from '@hospital-crm/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { channelIcon } from '../common/channelIcons';
import { formatDateTime, fullName, roundedLater, toDateTimeLocal } from '../common/display';
import { errorMessage, fieldErrors } from '../common/errors';
import type { LeadDetail, MessageTemplate } from '../providers/apiTypes';
import { SmsSegmentCounter } from '../templates/SmsSegmentCounter';
import { buildSendPayload, emptySendForm, sendFormProblems, type SendMessageForm } from './communicationModel';
import { TemplateChooser } from './TemplateChooser';
import { useMessageActions } from './useMessageActions';

type SendMessageDialogProps = { lead: LeadDetail; open: boolean; onClose: () => void };

/** WhatsApp first when the lead has a phone, email when they only have an address. */
const preferredChannel = (lead: LeadDetail): SendableChannel => (lead.phone ? 'WHATSAPP' : lead.email ? 'EMAIL' : 'WHATSAPP');

const ChannelToggle = ({ lead, value, onChange }: { lead: LeadDetail; value: SendableChannel; onChange: (channel: SendableChannel) => void }) => {
  const translate = useTranslate();
  const address = value === 'EMAIL' ? lead.email : lead.phone;
  return (
    <Box>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={value}
        onChange={(_, next: SendableChannel | null) => next && onChange(next)}
        aria-label={translate('resources.communications.fields.channel')}
        sx={{ '& .MuiToggleButton-root': { gap: 0.75, px: 1.5 } }}
      >
        {SENDABLE_CHANNELS.map((channel) => {
          const Icon = channelIcon(channel);
          return (
            <ToggleButton key={channel} value={channel}>
              <Icon fontSize="small" />
              {COMMUNICATION_CHANNEL_LABELS[channel]}
            </ToggleButton>
          );
        })}
      </ToggleButtonGroup>
      <Typography variant="caption" color={address ? 'text.secondary' : 'warning.dark'} component="p" sx={{ mt: 0.5 }}>
        {address
          ? translate('resources.communications.send.to_address', { address })
          : translate(value === 'EMAIL' ? 'resources.communications.send.no_email' : 'resources.communications.send.no_phone')}
      </Typography>
    </Box>
  );
};

const WrittenMessage = ({
  form,
  errors,
  onChange,
}: {
  form: SendMessageForm;
  errors: Record<string, string>;
  onChange: (patch: Partial<SendMessageForm>) => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5}>
      {form.channel === 'EMAIL' && (
        <TextField
          fullWidth
          name="subject"
          label={translate('resources.communications.fields.subject')}
          value={form.subject}
          onChange={(event) => onChange({ subject: event.target.value })}
          error={Boolean(errors.subject)}
          helperText={errors.subject}
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
      )}
      <TextField
        fullWidth
        multiline
        minRows={4}
        name="body"
        label={translate('resources.communications.fields.body')}
        value={form.body}
        onChange={(event) => onChange({ body: event.target.value })}
        error={Boolean(errors.body)}
        helperText={errors.body}
        slotProps={{ htmlInput: { maxLength: form.channel === 'EMAIL' ? 10_000 : 1600 } }}
      />
      {form.channel === 'SMS' && form.body && <SmsSegmentCounter segments={smsSegments(form.body)} />}
    </Stack>
  );
};

const Timing = ({ form, error, onChange }: { form: SendMessageForm; error?: string; onChange: (patch: Partial<SendMessageForm>) => void }) => {
  const translate = useTranslate();
  return (
    <Box>
      <RadioGroup row name="timing" value={form.timing} onChange={(event) => onChange({ timing: event.target.value as SendMessageForm['timing'] })}>
        <FormControlLabel value="now" control={<Radio />} label={translate('resources.communications.send.now')} />
        <FormControlLabel value="later" control={<Radio />} label={translate('resources.communications.send.later')} />
      </RadioGroup>
      {form.timing === 'later' && (
        <TextField
          type="datetime-local"
          name="sendAt"
          label={translate('resources.communications.fields.sendAt')}
          value={form.sendAt}
          onChange={(event) => onChange({ sendAt: event.target.value })}
          error={Boolean(error)}
          helperText={error}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
    </Box>
  );
};

export const SendMessageDialog = ({ lead, open, onClose }: SendMessageDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { send } = useMessageActions();
  const { canAccess: templatesAllowed } = useCanAccess({ action: 'list', resource: 'templates' });
  const [form, setForm] = useState<SendMessageForm>(() => emptySendForm(preferredChannel(lead)));
  const [template, setTemplate] = useState<MessageTemplate | null>(null);

  useEffect(() => {
    if (!open) return;
    setForm(emptySendForm(preferredChannel(lead)));
    setTemplate(null);
    send.reset();
  }, [open]); // a fresh form each time the dialog opens

  const change = (patch: Partial<SendMessageForm>) => {
    send.reset();
    setForm((current) => ({ ...current, ...patch }));
  };
  const changeChannel = (channel: SendableChannel) => {
    setTemplate(null);
    change({ channel, templateId: '', variables: {} });
  };
  const problems = sendFormProblems(form, template);
  const errors = send.error ? fieldErrors(send.error) : {};
  const refusal = send.error ? errorMessage(send.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length) return;
    send.mutate(buildSendPayload(form, lead.id, template), {
      onSuccess: ({ data }) => {
        const channel = COMMUNICATION_CHANNEL_LABELS[data.channel];
        if (data.status === 'SCHEDULED') {
          notify('resources.communications.notifications.scheduled', { type: 'success', messageArgs: { channel, time: formatDateTime(data.scheduledFor) } });
        } else {
          notify('resources.communications.notifications.queued', { type: 'success', messageArgs: { channel, name: fullName(lead) } });
        }
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={send.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="send-message-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="send-message-title">{translate('resources.communications.send.title', { name: fullName(lead) })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 0.5 }}>
            <ChannelToggle lead={lead} value={form.channel} onChange={changeChannel} />
            {templatesAllowed && (
              <ToggleButtonGroup
                exclusive
                size="small"
                value={form.mode}
                onChange={(_, mode: SendMessageForm['mode'] | null) => mode && change({ mode })}
                aria-label={translate('resources.communications.send.content')}
              >
                <ToggleButton value="write">{translate('resources.communications.send.write')}</ToggleButton>
                <ToggleButton value="template">{translate('resources.communications.send.use_template')}</ToggleButton>
              </ToggleButtonGroup>
            )}
            {form.mode === 'template' && templatesAllowed ? (
              <TemplateChooser
                lead={lead}
                channel={form.channel}
                templateId={form.templateId}
                variables={form.variables}
                error={errors.templateId}
                onTemplate={(chosen) => {
                  setTemplate(chosen);
                  change({ templateId: chosen?.id ?? '', variables: {} });
                }}
                onVariable={(name, value) => change({ variables: { ...form.variables, [name]: value } })}
              />
            ) : (
              <WrittenMessage form={form} errors={errors} onChange={change} />
            )}
            <Timing
              form={form}
              error={errors.sendAt}
              onChange={(patch) => change(patch.timing === 'later' && !form.sendAt ? { ...patch, sendAt: toDateTimeLocal(roundedLater(24)) } : patch)}
            />
            <FormControlLabel
              control={<Switch checked={form.isMarketing} onChange={(event) => change({ isMarketing: event.target.checked })} name="isMarketing" />}
              label={
                <Box>
                  <Typography variant="body2">{translate('resources.communications.fields.isMarketing')}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {translate('resources.communications.send.marketing_hint')}
                  </Typography>
                </Box>
              }
            />
            {refusal && (
              <Alert severity="error" data-testid="send-refusal">
                {translate(refusal, { _: refusal })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={send.isPending}>
            {translate('resources.communications.send.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={send.isPending || problems.length > 0}
            startIcon={send.isPending ? <CircularProgress size={16} color="inherit" /> : <SendIcon />}
          >
            {translate(form.timing === 'later' ? 'resources.communications.send.schedule' : 'resources.communications.send.send')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
