// The message's way out, step by step: scheduled, queued, sent, delivered, read, answered (or
// failed, with the provider's reason).
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { StatusDot } from '../common/ColorChip';
import { formatDateTime, relativeTime } from '../common/display';
import type { Communication } from '../providers/apiTypes';
import { COMMUNICATION_STATUS_COLORS, statusSteps } from './communicationDisplay';

export const DeliverySteps = ({ message }: { message: Communication }) => {
  const translate = useTranslate();
  const steps = statusSteps(message);
  return (
    <Stack spacing={1.25} component="ol" sx={{ p: 0, m: 0, listStyle: 'none' }} data-testid="delivery-steps">
      {steps.map((step) => (
        <Stack key={step.status} component="li" direction="row" spacing={1.5} alignItems="center">
          <StatusDot color={COMMUNICATION_STATUS_COLORS[step.status]} />
          <Box sx={{ flex: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate(`resources.communications.steps.${step.status}`, { _: step.status })}
            </Typography>
            <Typography variant="caption" color="text.secondary" title={formatDateTime(step.at)}>
              {formatDateTime(step.at)} · {relativeTime(step.at)}
            </Typography>
          </Box>
        </Stack>
      ))}
      {message.failureReason && (
        <Alert severity={message.status === 'FAILED' ? 'error' : 'warning'} sx={{ borderRadius: 2 }} data-testid="failure-reason">
          {translate('resources.communications.show.failure_reason', { reason: message.failureReason })}
        </Alert>
      )}
    </Stack>
  );
};
