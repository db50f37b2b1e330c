import { Box, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useWorkingHospital } from '../hospitals/useWorkingHospital';
import { BRAND, BRAND_GRADIENT } from '../theme';

/** Greets the signed-in user by first name, in the hospital they are working in. */
export const WelcomeBanner = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const firstName = identity?.fullName?.split(' ')[0];
  const hospital = useWorkingHospital().current?.name;

  return (
    <Box
      sx={{
        position: 'relative',
        overflow: 'hidden',
        borderRadius: 4,
        p: { xs: 3, md: 4 },
        color: '#fff',
        backgroundImage: BRAND_GRADIENT,
        boxShadow: `0 12px 32px ${alpha(BRAND.purple, 0.3)}`,
        '&::after': {
          content: '""',
          position: 'absolute',
          width: 280,
          height: 280,
          right: -60,
          top: -120,
          borderRadius: '50%',
          background: alpha('#fff', 0.1),
        },
      }}
    >
      <Typography variant="h5" component="h1" sx={{ position: 'relative' }}>
        {firstName ? translate('crm.dashboard.welcome', { name: firstName }) : translate('crm.dashboard.welcome_anonymous')}
      </Typography>
      <Typography sx={{ position: 'relative', mt: 0.5, opacity: 0.9 }}>
        {hospital ? translate('crm.dashboard.subtitle', { hospital }) : translate('crm.dashboard.subtitle_no_hospital')}
      </Typography>
    </Box>
  );
};
