import LocalFireDepartmentIcon from '@mui/icons-material/LocalFireDepartment';
import SpeedIcon from '@mui/icons-material/SpeedOutlined';
import { Chip, Tooltip } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { scoreBand } from './leadDisplay';

export const SCORE_COLORS = { hot: '#ea580c', warm: '#d97706', cool: '#0284c7', cold: '#64748b' } as const;

/** The 0-100 lead score, coloured by band; hot leads get a flame. */
export const ScoreChip = ({ score, size = 'small' }: { score: number | null | undefined; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  const band = scoreBand(score);
  const color = SCORE_COLORS[band];
  const Icon = band === 'hot' ? LocalFireDepartmentIcon : SpeedIcon;
  return (
    <Tooltip title={translate('resources.leads.fields.score')}>
      <Chip
        size={size}
        icon={<Icon />}
        label={typeof score === 'number' ? score : '–'}
        data-score-band={band}
        sx={{
          color,
          fontWeight: 700,
          fontVariantNumeric: 'tabular-nums',
          backgroundColor: alpha(color, 0.1),
          border: `1px solid ${alpha(color, 0.25)}`,
          '& .MuiChip-icon': { color, fontSize: 16 },
        }}
      />
    </Tooltip>
  );
};
