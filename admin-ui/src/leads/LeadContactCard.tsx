// Who the person is and what they asked about.
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import CakeIcon from '@mui/icons-material/CakeOutlined';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import EventAvailableIcon from '@mui/icons-material/EventAvailableOutlined';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import LocalHospitalIcon from '@mui/icons-material/LocalHospitalOutlined';
import MailIcon from '@mui/icons-material/MailOutline';
import NotesIcon from '@mui/icons-material/NotesOutlined';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import WcIcon from '@mui/icons-material/WcOutlined';
import { Box, Chip, Divider, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { formatDate, formatDateTime, fullName } from '../common/display';
import { DetailItem } from '../common/DetailItem';
import { SectionCard } from '../common/SectionCard';

export const LeadContactCard = ({ lead }: { lead: LeadDetail }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.leads.fields.${name}`);
  const notGiven = (
    <Typography component="span" variant="body2" color="text.disabled">
      {translate('resources.leads.show.not_given')}
    </Typography>
  );
  const icon = { fontSize: 'small' } as const;
  return (
    <SectionCard title={translate('resources.leads.show.contact')} icon={<BadgeIcon fontSize="small" />} testId="lead-contact">
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
        <DetailItem icon={<PhoneIcon {...icon} />} label={field('phone')}>
          {lead.phone ? (
            <Link href={`tel:${lead.phone}`} underline="hover">
              {lead.phone}
            </Link>
          ) : (
            notGiven
          )}
        </DetailItem>
        <DetailItem icon={<MailIcon {...icon} />} label={field('email')}>
          {lead.email ? (
            <Link href={`mailto:${lead.email}`} underline="hover">
              {lead.email}
            </Link>
          ) : (
            notGiven
          )}
        </DetailItem>
        <DetailItem icon={<CakeIcon {...icon} />} label={field('dateOfBirth')}>
          {lead.dateOfBirth ? formatDate(lead.dateOfBirth, { calendarDay: true }) : notGiven}
        </DetailItem>
        <DetailItem icon={<WcIcon {...icon} />} label={field('gender')}>
          {lead.gender ? translate(`resources.leads.genders.${lead.gender}`) : notGiven}
        </DetailItem>
        <DetailItem icon={<HomeIcon {...icon} />} label={field('address')}>
          {lead.address ?? notGiven}
        </DetailItem>
        <DetailItem icon={<CampaignIcon {...icon} />} label={field('sourceDetail')}>
          {lead.sourceDetail ?? notGiven}
        </DetailItem>
        <DetailItem icon={<LocalHospitalIcon {...icon} />} label={field('preferredDoctor')}>
          {lead.preferredDoctor ? fullName(lead.preferredDoctor) : notGiven}
        </DetailItem>
        <DetailItem icon={<EventAvailableIcon {...icon} />} label={field('preferredDate')}>
          {lead.preferredDate ? formatDateTime(lead.preferredDate) : notGiven}
        </DetailItem>
      </Box>
      <Divider sx={{ my: 2 }} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.75 }}>
        {field('interestedIn')}
      </Typography>
      {lead.interestedIn.length ? (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75 }}>
          {lead.interestedIn.map((interest) => (
            <Chip key={interest} label={interest} size="small" variant="outlined" color="primary" />
          ))}
        </Stack>
      ) : (
        notGiven
      )}
      {lead.notes && (
        <>
          <Divider sx={{ my: 2 }} />
          <DetailItem icon={<NotesIcon {...icon} />} label={field('notes')}>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {lead.notes}
            </Typography>
          </DetailItem>
        </>
      )}
    </SectionCard>
  );
};
