import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import { Box, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';

/** The product's mark: a cross on a frosted tile, and its name. */
export const BrandMark = ({ showName = true }: { showName?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <Box
        sx={{
          width: 34,
          height: 34,
          borderRadius: '10px',
          display: 'grid',
          placeItems: 'center',
          backgroundColor: alpha('#fff', 0.18),
          border: `1px solid ${alpha('#fff', 0.35)}`,
          color: '#fff',
        }}
      >
        <LocalHospitalIcon fontSize="small" />
      </Box>
      {showName && (
        <Typography variant="subtitle1" sx={{ fontWeight: 700, letterSpacing: '-0.01em', whiteSpace: 'nowrap' }}>
          {translate('crm.product.name')}
        </Typography>
      )}
    </Box>
  );
};
