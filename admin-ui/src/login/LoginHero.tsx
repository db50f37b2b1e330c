import ForumIcon from '@mui/icons-material/ForumOutlined';
import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import TimelineIcon from '@mui/icons-material/ViewKanbanOutlined';
import { Box, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { BrandMark } from '../layout/BrandMark';
import { BRAND_GRADIENT } from '../theme';

const FEATURES = [
  { key: 'pipeline', icon: TimelineIcon },
  { key: 'communications', icon: ForumIcon },
  { key: 'feedback', icon: InsightsIcon },
] as const;

/** The gradient panel beside the sign-in form: what the product is for, in three lines. */
export const LoginHero = () => {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        position: 'relative',
        overflow: 'hidden',
        display: { xs: 'none', md: 'flex' },
        flexDirection: 'column',
        justifyContent: 'space-between',
        p: 6,
        color: '#fff',
        backgroundImage: BRAND_GRADIENT,
        // two soft light discs give the gradient depth
        '&::before, &::after': {
          content: '""',
          position: 'absolute',
          borderRadius: '50%',
          background: alpha('#fff', 0.08),
        },
        '&::before': { width: 420, height: 420, top: -140, right: -120 },
        '&::after': { width: 300, height: 300, bottom: -120, left: -80 },
      }}
    >
      <BrandMark />
      <Box sx={{ position: 'relative', zIndex: 1, maxWidth: 460 }}>
        <Typography variant="h4" component="h1" sx={{ mb: 2, lineHeight: 1.2 }}>
          {translate('crm.login.hero_title')}
        </Typography>
        <Typography sx={{ opacity: 0.9, mb: 4, lineHeight: 1.6 }}>{translate('crm.login.hero_body')}</Typography>
        <Stack spacing={1.75}>
          {FEATURES.map(({ key, icon: Icon }) => (
            <Stack key={key} direction="row" spacing={1.5} alignItems="center">
              <Box
                sx={{
                  width: 36,
                  height: 36,
                  flexShrink: 0,
                  borderRadius: '10px',
                  display: 'grid',
                  placeItems: 'center',
                  backgroundColor: alpha('#fff', 0.16),
                  border: `1px solid ${alpha('#fff', 0.28)}`,
                }}
              >
                <Icon fontSize="small" />
              </Box>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {translate(`crm.login.features.${key}`)}
              </Typography>
            </Stack>
          ))}
        </Stack>
      </Box>
      <Typography variant="caption" sx={{ position: 'relative', opacity: 0.8 }}>
        {translate('crm.product.tagline')}
      </Typography>
    </Box>
  );
};
