// The top bar: brand, page title, the notification bell, and for SUPER_ADMIN the hospital being worked in.
import { Box, Divider, useMediaQuery, type Theme } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, ToggleThemeButton } from 'react-admin';
import { BrandMark } from './BrandMark';
import { HospitalSwitcher } from '../hospitals/HospitalSwitcher';
import { NotificationBell } from '../notifications/NotificationBell';

const Toolbar = () => (
  <>
    <HospitalSwitcher />
    <NotificationBell />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

export const AppBar = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <RaAppBar toolbar={<Toolbar />}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flex: 1, minWidth: 0 }}>
        {!isSmall && (
          <>
            <BrandMark />
            <Divider orientation="vertical" flexItem sx={{ borderColor: alpha('#fff', 0.3), my: 1.5 }} />
          </>
        )}
        <TitlePortal variant="subtitle1" sx={{ fontWeight: 600 }} />
      </Box>
    </RaAppBar>
  );
};
