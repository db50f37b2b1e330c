// Sends and deliveries per day (the hospital's calendar days); loaded with the control room's results only.
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CampaignAnalytics } from '../providers/apiTypes';
import { BRAND } from '../theme';

export const CampaignDailyChart = ({ daily }: { daily: CampaignAnalytics['daily'] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={daily} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
        <XAxis dataKey="date" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="sent" name={translate('resources.campaigns.chart.sent')} fill={BRAND.purple} isAnimationActive={false} radius={[4, 4, 0, 0]} />
        <Bar dataKey="delivered" name={translate('resources.campaigns.chart.delivered')} fill="#22c55e" isAnimationActive={false} radius={[4, 4, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default CampaignDailyChart;
