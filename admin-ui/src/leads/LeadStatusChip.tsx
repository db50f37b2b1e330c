import { Box, Chip, type ChipProps } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { LEAD_STATUS_META, type LeadStatus } from '@hospital-crm/domain';

/** The status as the board shows it: the column's label and colour, from the domain. */
export const LeadStatusChip = ({ status, size = 'small', ...rest }: { status: LeadStatus } & Omit<ChipProps, 'label'>) => {
  const meta = LEAD_STATUS_META[status] ?? { label: status, color: '#6b7280' };
  return (
    <Chip
      size={size}
      label={meta.label}
      icon={<StatusDot color={meta.color} />}
      data-status={status}
      {...rest}
      sx={{
        color: meta.color,
        backgroundColor: alpha(meta.color, 0.12),
        border: `1px solid ${alpha(meta.color, 0.28)}`,
        fontWeight: 600,
        '& .MuiChip-icon': { ml: 1, mr: -0.25 },
        ...rest.sx,
      }}
    />
  );
};

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
