import { Box, Card, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { BRAND, BRAND_GRADIENT } from '../theme';

type EmptyStateProps = {
  icon: ReactNode;
  title: string;
  body: string;
  /** The one thing to do next (a create button), if any. */
  action?: ReactNode;
  testId?: string;
};

/** Shown when a section has nothing yet (not when filters hide everything): what it is for, and how to start. */
export const EmptyState = ({ icon, title, body, action, testId }: EmptyStateProps) => (
  <Card sx={{ mt: 3, mx: 'auto', maxWidth: 560, p: { xs: 3, md: 5 }, textAlign: 'center' }} data-testid={testId}>
    <Box
      sx={{
        width: 72,
        height: 72,
        mx: 'auto',
        mb: 2,
        borderRadius: '22px',
        display: 'grid',
        placeItems: 'center',
        color: '#fff',
        backgroundImage: BRAND_GRADIENT,
        boxShadow: `0 12px 28px ${alpha(BRAND.purple, 0.35)}`,
        '& .MuiSvgIcon-root': { fontSize: 36 },
      }}
    >
      {icon}
    </Box>
    <Typography variant="h6" component="h2">
      {title}
    </Typography>
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: action ? 3 : 0 }}>
      {body}
    </Typography>
    {action}
  </Card>
);
