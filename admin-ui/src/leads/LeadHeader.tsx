// The top of the lead page: who, where they are in the pipeline, and what can be done next.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/EditOutlined';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Alert, Avatar, Box, Button, Card, Chip, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { LEAD_SOURCE_LABELS, LEAD_STATUS_META } from '@hospital-crm/domain';
import { useRedirect, useTranslate } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { LeadMessageButtons } from '../communications/LeadMessageButtons';
import { BRAND_GRADIENT } from '../theme';
import { ChangeStatusButton } from './ChangeStatusButton';
import { ConvertLeadButton } from './ConvertLeadButton';
import { formatDate, fullName, initialsOf, relativeTime } from '../common/display';
import { LeadStatusChip } from './LeadStatusChip';
import { ScoreChip } from './ScoreChip';

const GREEN = LEAD_STATUS_META.CONVERTED.color;

export const LeadHeader = ({ lead }: { lead: LeadDetail }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const accent = LEAD_STATUS_META[lead.status]?.color;
  return (
    <Card sx={{ position: 'relative', overflow: 'hidden' }} data-testid="lead-header">
      <Box sx={{ height: 6, backgroundColor: accent, backgroundImage: `linear-gradient(90deg, ${accent}, ${alpha(accent, 0.4)})` }} />
      <Box sx={{ p: { xs: 2, md: 3 } }}>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'leads')} sx={{ mb: 1.5, ml: -1 }}>
          {translate('resources.leads.actions.back')}
        </Button>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2.5} alignItems={{ md: 'center' }}>
          <Avatar sx={{ width: 64, height: 64, fontSize: 24, fontWeight: 700, backgroundImage: BRAND_GRADIENT, color: '#fff' }}>{initialsOf(lead)}</Avatar>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.25} alignItems="center" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Typography variant="h5" component="h1" data-testid="lead-name">
                {fullName(lead)}
              </Typography>
              <LeadStatusChip status={lead.status} data-testid="lead-status" />
              <ScoreChip score={lead.score} />
              {lead.doNotMarket && <Chip size="small" icon={<BlockIcon />} label={translate('resources.leads.show.do_not_market')} variant="outlined" />}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {lead.leadNumber} · {LEAD_SOURCE_LABELS[lead.source] ?? lead.source} ·{' '}
              <span title={formatDate(lead.createdAt)}>{translate('resources.leads.show.created', { time: relativeTime(lead.createdAt) })}</span>
              {lead.createdBy ? ` ${translate('resources.leads.show.created_by', { name: fullName(lead.createdBy) })}` : ''}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <LeadMessageButtons lead={lead} />
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => redirect('edit', 'leads', lead.id)}>
              {translate('resources.leads.actions.edit')}
            </Button>
            <ChangeStatusButton lead={lead} />
            <ConvertLeadButton lead={lead} />
          </Stack>
        </Stack>

        {lead.status === 'CONVERTED' && lead.convertedToPatient && (
          <Alert
            icon={<HowToRegIcon />}
            severity="success"
            data-testid="converted-banner"
            sx={{ mt: 2.5, borderRadius: 3, border: `1px solid ${alpha(GREEN, 0.3)}`, backgroundColor: alpha(GREEN, 0.08) }}
          >
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {translate('resources.leads.show.converted')} · {translate('resources.leads.show.converted_to', { mrn: lead.convertedToPatient.mrn })}
            </Typography>
            {lead.convertedAt && (
              <Typography variant="caption">{translate('resources.leads.show.converted_on', { date: formatDate(lead.convertedAt) })}</Typography>
            )}
          </Alert>
        )}
        {lead.status === 'LOST' && lead.lostReason && (
          <Alert severity="info" icon={false} sx={{ mt: 2.5, borderRadius: 3 }}>
            {translate('resources.leads.show.lost_reason', { reason: lead.lostReason })}
          </Alert>
        )}
      </Box>
    </Card>
  );
};
