// Four numbers above the pipeline: how many leads are open, how many came in this month, how
// many become patients, how promising the open ones are. Hidden when the stats do not answer.
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import SpeedIcon from '@mui/icons-material/SpeedOutlined';
import TrendingUpIcon from '@mui/icons-material/TrendingUpOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import { Box, Card, Skeleton, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useCrmDataProvider } from '../providers/dataProvider';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

type Stat = { key: string; icon: SvgIconComponent; color: string; value: string; hint: string };

const StatCard = ({ stat, label, loading }: { stat: Stat; label: string; loading: boolean }) => {
  const { icon: Icon, color } = stat;
  return (
    <Card sx={{ px: 2, py: 1.5, borderRadius: 3.5 }} data-testid={`lead-stat-${stat.key}`}>
      <Stack direction="row" spacing={1.5} alignItems="center">
        <Box
          sx={{ width: 38, height: 38, borderRadius: '11px', display: 'grid', placeItems: 'center', color, backgroundColor: alpha(color, 0.12), flexShrink: 0 }}
        >
          <Icon fontSize="small" />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" sx={{ fontWeight: 600 }} noWrap component="p">
            {label}
          </Typography>
          {loading ? (
            <Skeleton width={56} height={28} />
          ) : (
            <Stack direction="row" spacing={1} alignItems="baseline">
              <Typography variant="h6" component="p" sx={{ fontWeight: 800, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }}>
                {stat.value}
              </Typography>
              <Typography variant="caption" color="text.secondary" noWrap>
                {stat.hint}
              </Typography>
            </Stack>
          )}
        </Box>
      </Stack>
    </Card>
  );
};

export const LeadStatsStrip = () => {
  const translate = useTranslate();
  const dataProvider = useCrmDataProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['leads', 'stats'],
    queryFn: async () => (await dataProvider.getLeadStats()).data,
    retry: false,
  });
  if (error || (data && data.total === 0)) return null;
  const dash = translate('crm.dashboard.no_value');
  const stats: Stat[] = [
    {
      key: 'open',
      icon: GroupsIcon,
      color: '#7c3aed',
      value: data ? number.format(data.open) : dash,
      hint: translate('resources.leads.stats.open_hint', { total: data?.total ?? 0 }),
    },
    {
      key: 'new_this_month',
      icon: PersonAddIcon,
      color: '#8b5cf6',
      value: data ? number.format(data.newThisMonth) : dash,
      hint: translate('resources.leads.stats.new_hint'),
    },
    {
      key: 'conversion_rate',
      icon: TrendingUpIcon,
      color: '#16a34a',
      value: data?.conversionRate == null ? dash : `${number.format(data.conversionRate)}%`,
      hint: translate('resources.leads.stats.conversion_hint'),
    },
    {
      key: 'average_score',
      icon: SpeedIcon,
      color: '#0284c7',
      value: data?.averageOpenScore == null ? dash : number.format(data.averageOpenScore),
      hint: translate('resources.leads.stats.average_hint'),
    },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 1.5, mt: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } }}>
      {stats.map((stat) => (
        <StatCard key={stat.key} stat={stat} label={translate(`resources.leads.stats.${stat.key}`)} loading={isPending} />
      ))}
    </Box>
  );
};
