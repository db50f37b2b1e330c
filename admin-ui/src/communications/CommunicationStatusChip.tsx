import type { ChipProps } from '@mui/material';
import type { CommunicationStatus } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';
import { ColorChip } from '../common/ColorChip';
import { COMMUNICATION_STATUS_COLORS } from './communicationDisplay';

/** Where a message is: scheduled, queued, sent, delivered, read, answered, failed, cancelled, or logged by hand. */
export const CommunicationStatusChip = ({ status, ...rest }: { status: CommunicationStatus } & Omit<ChipProps, 'label' | 'color'>) => {
  const translate = useTranslate();
  return (
    <ColorChip
      label={translate(`resources.communications.statuses.${status}`, { _: status })}
      color={COMMUNICATION_STATUS_COLORS[status] ?? '#6b7280'}
      data-status={status}
      {...rest}
    />
  );
};
