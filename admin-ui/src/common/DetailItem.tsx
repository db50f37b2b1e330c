import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One labelled fact on a record's page: an icon, a small label, the value. */
export const DetailItem = ({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) => (
  <Stack direction="row" spacing={1.5} alignItems="flex-start" sx={{ minWidth: 0 }}>
    <Box sx={{ color: 'text.secondary', mt: 0.25, display: 'flex' }}>{icon}</Box>
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Box sx={{ typography: 'body2', fontWeight: 500, overflowWrap: 'anywhere' }}>{children}</Box>
    </Box>
  </Stack>
);
