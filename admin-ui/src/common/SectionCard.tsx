import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled glass card, the building block of the lead page. */
export const SectionCard = ({
  title,
  icon,
  action,
  children,
  testId,
}: {
  title: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card data-testid={testId}>
    <CardContent sx={{ p: 2.5, '&:last-child': { pb: 2.5 } }}>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1.5, color: 'text.secondary' }}>
        {icon}
        <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 700, color: 'text.primary', flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);
