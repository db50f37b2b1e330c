// One icon per communication channel, shared by the lead timeline, the message list and the dialogs.
import ChatIcon from '@mui/icons-material/ChatBubbleOutline';
import MailIcon from '@mui/icons-material/MailOutline';
import PeopleIcon from '@mui/icons-material/PeopleOutline';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import SmsIcon from '@mui/icons-material/SmsOutlined';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import type { SvgIconComponent } from '@mui/icons-material';

export const CHANNEL_ICONS: Record<string, SvgIconComponent> = {
  PHONE_CALL: PhoneIcon,
  EMAIL: MailIcon,
  SMS: SmsIcon,
  WHATSAPP: WhatsAppIcon,
  IN_PERSON: PeopleIcon,
  VIDEO_CALL: VideocamIcon,
};

export const channelIcon = (channel: unknown): SvgIconComponent => CHANNEL_ICONS[String(channel)] ?? ChatIcon;
