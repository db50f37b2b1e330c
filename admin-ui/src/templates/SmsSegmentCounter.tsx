import SmsIcon from '@mui/icons-material/SmsOutlined';
import { Stack, Tooltip, Typography } from '@mui/material';
import type { SmsSegments } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';

/** How an SMS is billed: its length, parts and encoding (emoji or non-Latin text switch to UCS-2, 70 a part). */
export const SmsSegmentCounter = ({ segments, label }: { segments: SmsSegments; label?: string }) => {
  const translate = useTranslate();
  const ucs2 = segments.encoding === 'UCS-2';
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      data-testid="sms-segments"
      sx={{ color: segments.segments > 1 || ucs2 ? 'warning.dark' : 'text.secondary' }}
    >
      <SmsIcon fontSize="small" />
      <Tooltip title={translate(ucs2 ? 'resources.templates.sms.ucs2_hint' : 'resources.templates.sms.gsm_hint')}>
        <Typography variant="caption" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {label ? `${label} · ` : ''}
          {translate('resources.templates.sms.summary', {
            length: segments.length,
            smart_count: segments.segments,
            encoding: segments.encoding,
            per: segments.perSegment,
          })}
        </Typography>
      </Tooltip>
    </Stack>
  );
};
