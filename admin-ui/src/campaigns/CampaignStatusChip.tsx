import { CAMPAIGN_STATUS_META, type CampaignStatus } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';
import { ColorChip } from '../common/ColorChip';

/** A campaign's status in the domain's colour. */
export const CampaignStatusChip = ({ status, size }: { status: CampaignStatus; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  const meta = CAMPAIGN_STATUS_META[status];
  return (
    <ColorChip
      size={size}
      label={translate(`resources.campaigns.statuses.${status}`, { _: meta?.label ?? status })}
      color={meta?.color ?? '#6b7280'}
      data-testid="campaign-status"
      data-status={status}
    />
  );
};
