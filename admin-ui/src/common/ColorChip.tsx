import { Box, Chip, type ChipProps } from '@mui/material';
import { alpha } from '@mui/material/styles';

/** A status in its colour (from the domain's *_META tables): a tinted chip with a dot. */
export const ColorChip = ({ label, color, size = 'small', ...rest }: { label: string; color: string } & Omit<ChipProps, 'label' | 'color'>) => (
  <Chip
    size={size}
    label={label}
    icon={<StatusDot color={color} />}
    {...rest}
    sx={{
      color,
      backgroundColor: alpha(color, 0.12),
      border: `1px solid ${alpha(color, 0.28)}`,
      fontWeight: 600,
      '& .MuiChip-icon': { ml: 1, mr: -0.25 },
      ...rest.sx,
    }}
  />
);

export const StatusDot = ({ color, size = 8 }: { color: string; size?: number }) => (
  <Box
    component="span"
    sx={{
      width: size,
      height: size,
      borderRadius: '50%',
      flexShrink: 0,
      backgroundColor: color,
      boxShadow: `0 0 0 3px ${alpha(color, 0.18)}`,
      display: 'inline-block',
    }}
  />
);
