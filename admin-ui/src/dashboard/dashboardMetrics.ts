// The seed's eight headline metrics, in the plan's order, with how each value reads.
import AssignmentLateIcon from '@mui/icons-material/AssignmentLateOutlined';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import ChecklistIcon from '@mui/icons-material/ChecklistOutlined';
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import SentimentSatisfiedIcon from '@mui/icons-material/SentimentSatisfiedAltOutlined';
import SpeedIcon from '@mui/icons-material/SpeedOutlined';
import TrendingUpIcon from '@mui/icons-material/TrendingUpOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import type { DashboardMetrics } from '../providers/apiTypes';

export type MetricFormat = 'count' | 'percent' | 'score' | 'nps';

export type MetricDefinition = {
  key: keyof DashboardMetrics;
  format: MetricFormat;
  icon: SvgIconComponent;
  /** Accent of the icon tile; `alertWhenPositive` turns a non-zero value into a warning. */
  color: string;
  alertWhenPositive?: boolean;
};

export const DASHBOARD_METRICS: MetricDefinition[] = [
  { key: 'totalLeads', format: 'count', icon: GroupsIcon, color: '#7c3aed' },
  { key: 'newLeadsThisMonth', format: 'count', icon: PersonAddIcon, color: '#8b5cf6' },
  { key: 'conversionRate', format: 'percent', icon: TrendingUpIcon, color: '#10b981' },
  { key: 'avgLeadScore', format: 'score', icon: SpeedIcon, color: '#0ea5e9' },
  { key: 'openTasks', format: 'count', icon: ChecklistIcon, color: '#6366f1' },
  { key: 'overdueTasks', format: 'count', icon: AssignmentLateIcon, color: '#f59e0b', alertWhenPositive: true },
  { key: 'activeCampaigns', format: 'count', icon: CampaignIcon, color: '#d946ef' },
  { key: 'avgNps', format: 'nps', icon: SentimentSatisfiedIcon, color: '#14b8a6' },
];

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** Null or missing values return null so the card can show its own placeholder. */
export const formatMetric = (value: number | null | undefined, format: MetricFormat): string | null => {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  switch (format) {
    case 'count':
      return count.format(value);
    case 'percent':
      return `${oneDecimal.format(value)}%`;
    case 'score':
      return oneDecimal.format(value);
    case 'nps':
      return `${value > 0 ? '+' : ''}${oneDecimal.format(value)}`;
  }
};
