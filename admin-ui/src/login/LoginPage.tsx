// The branded sign-in page: gradient story on the left, a glass card with the form on the right.
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useCheckAuth, useNavigate, useTranslate } from 'react-admin';
import { session } from '../providers/session';
import { BRAND_GRADIENT } from '../theme';
import { LoginForm } from './LoginForm';
import { LoginHero } from './LoginHero';

export const LoginPage = () => {
  const translate = useTranslate();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();

  // Same as react-admin's <Login>: a user who is still signed in goes straight in.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '5fr 6fr' } }}>
      <LoginHero />
      <Box sx={{ display: 'grid', placeItems: 'center', p: { xs: 2, sm: 4 } }}>
        <Card sx={{ width: '100%', maxWidth: 420, borderRadius: 4 }}>
          <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
            <Box
              sx={{
                display: { xs: 'inline-block', md: 'none' },
                mb: 2,
                px: 1.5,
                py: 0.5,
                borderRadius: 2,
                color: '#fff',
                fontWeight: 700,
                backgroundImage: BRAND_GRADIENT,
              }}
            >
              {translate('crm.product.name')}
            </Box>
            <Typography variant="h5" component="h2" gutterBottom>
              {translate('crm.login.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
              {translate('crm.login.subtitle')}
            </Typography>
            {session.wasEnded() && (
              <Alert severity="info" sx={{ mb: 2, borderRadius: 2 }}>
                {translate('crm.auth.session_expired')}
              </Alert>
            )}
            <LoginForm />
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 3, textAlign: 'center' }}>
              {translate('crm.login.footer')}
            </Typography>
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
};
