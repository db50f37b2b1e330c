import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { BRAND } from '../theme';

type MetricsUnavailableProps = { error: Error; retrying: boolean; onRetry: () => void };

/** Shown when the report endpoint fails: calm wording, the server's own message, and a retry. */
export const MetricsUnavailable = ({ error, retrying, onRetry }: MetricsUnavailableProps) => {
  const translate = useTranslate();
  return (
    <Card sx={{ borderStyle: 'dashed', borderColor: alpha(BRAND.purple, 0.35) }} role="status">
      <CardContent sx={{ p: 3 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2.5} alignItems={{ sm: 'center' }}>
          <Box
            sx={{
              width: 52,
              height: 52,
              flexShrink: 0,
              borderRadius: '14px',
              display: 'grid',
              placeItems: 'center',
              color: BRAND.purple,
              backgroundColor: alpha(BRAND.violet, 0.12),
            }}
          >
            <InsightsIcon />
          </Box>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h6">{translate('crm.dashboard.unavailable_title')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {translate('crm.dashboard.unavailable_body')}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, fontFamily: 'monospace' }}>
              {translate('crm.dashboard.server_said', {
                message: translate(error.message, { _: error.message }),
              })}
            </Typography>
          </Box>
          <Button variant="outlined" startIcon={<RefreshIcon />} onClick={onRetry} disabled={retrying}>
            {translate('crm.dashboard.retry')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
