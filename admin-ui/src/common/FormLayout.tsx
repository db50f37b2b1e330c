// The pieces every form is laid out with: a heading that says what the page is for, titled
// groups of fields in two columns, and fields that span both.
import { Avatar, Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { BRAND_GRADIENT } from '../theme';

/** The form's heading: what this page is for, in one line. */
export const FormHeader = ({ icon, title, hint }: { icon: ReactNode; title: string; hint: string }) => (
  <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2.5 }}>
    <Avatar variant="rounded" sx={{ width: 44, height: 44, borderRadius: '12px', backgroundImage: BRAND_GRADIENT, color: '#fff' }}>
      {icon}
    </Avatar>
    <Box>
      <Typography variant="h6" component="h1">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
    </Box>
  </Stack>
);

/** A titled group of fields, two columns from medium screens up (one with `columns={1}`). */
export const FormSection = ({ title, children, columns = 2 }: { title: string; children: ReactNode; columns?: 1 | 2 }) => (
  <Box component="fieldset" sx={{ border: 'none', p: 0, m: 0, mb: 1.5, width: '100%', minWidth: 0 }}>
    <Typography component="legend" variant="overline" sx={{ color: 'primary.main', fontWeight: 700, letterSpacing: '0.08em', mb: 0.5 }}>
      {title}
    </Typography>
    <Box sx={{ display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: columns === 2 ? 'repeat(2, minmax(0, 1fr))' : '1fr' } }}>{children}</Box>
  </Box>
);

/** A field across both columns of a FormSection. */
export const WideField = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: { md: '1 / -1' } }}>{children}</Box>;
