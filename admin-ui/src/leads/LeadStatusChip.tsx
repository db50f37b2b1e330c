import type { ChipProps } from '@mui/material';
import { LEAD_STATUS_META, type LeadStatus } from '@hospital-crm/domain';
import { ColorChip } from '../common/ColorChip';

/** The status as the board shows it: the column's label and colour, from the domain. */
export const LeadStatusChip = ({ status, ...rest }: { status: LeadStatus } & Omit<ChipProps, 'label' | 'color'>) => {
  const meta = LEAD_STATUS_META[status] ?? { label: status, color: '#6b7280' };
  return <ColorChip label={meta.label} color={meta.color} data-status={status} {...rest} />;
};
