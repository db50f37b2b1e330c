import { Box, Typography } from '@mui/material';
import { COMMUNICATION_CHANNEL_LABELS, type CommunicationChannel } from '@hospital-crm/domain';
import { channelIcon } from './channelIcons';

/** The channel's icon and its name ("WhatsApp", "Phone call"). */
export const ChannelLabel = ({ channel }: { channel: CommunicationChannel }) => {
  const Icon = channelIcon(channel);
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, whiteSpace: 'nowrap' }}>
      <Icon fontSize="small" sx={{ color: 'primary.main' }} />
      <Typography variant="body2" component="span">
        {COMMUNICATION_CHANNEL_LABELS[channel] ?? channel}
      </Typography>
    </Box>
  );
};
