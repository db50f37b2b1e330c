// The score and where it comes from: the plan's five parts (explainScore), each as a bar.
import SpeedIcon from '@mui/icons-material/SpeedOutlined';
import { Box, CircularProgress, LinearProgress, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { explainScore } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';
import type { LeadDetail } from '../providers/apiTypes';
import { relativeTime } from '../common/display';
import { scoreBand } from './leadDisplay';
import { SCORE_COLORS } from './ScoreChip';
import { SectionCard } from '../common/SectionCard';

const ScoreGauge = ({ score, color }: { score: number; color: string }) => (
  <Box sx={{ position: 'relative', width: 88, height: 88, flexShrink: 0 }}>
    <CircularProgress variant="determinate" value={100} size={88} thickness={5} sx={{ color: alpha(color, 0.14), position: 'absolute' }} />
    <CircularProgress
      variant="determinate"
      value={Math.max(0, Math.min(100, score))}
      size={88}
      thickness={5}
      sx={{ color, position: 'absolute', '& .MuiCircularProgress-circle': { strokeLinecap: 'round' } }}
    />
    <Box sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
      <Typography variant="h5" component="p" sx={{ fontWeight: 800, color, fontVariantNumeric: 'tabular-nums' }} data-testid="lead-score">
        {score}
      </Typography>
    </Box>
  </Box>
);

export const LeadScoreCard = ({ lead }: { lead: LeadDetail }) => {
  const translate = useTranslate();
  const color = SCORE_COLORS[scoreBand(lead.score)];
  const lines = lead.scoreBreakdown ? explainScore(lead.scoreBreakdown) : [];
  return (
    <SectionCard title={translate('resources.leads.show.score')} icon={<SpeedIcon fontSize="small" />} testId="lead-score-card">
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <ScoreGauge score={lead.score} color={color} />
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.leads.show.score_of')}
          </Typography>
          {lead.scoredAt && (
            <Typography variant="caption" color="text.secondary">
              {translate('resources.leads.show.scored_at', { time: relativeTime(lead.scoredAt) })}
            </Typography>
          )}
        </Box>
      </Stack>
      {lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.leads.show.score_pending')}
        </Typography>
      ) : (
        <Stack spacing={1.25}>
          {lines.map((line) => (
            <Box key={line.key}>
              <Stack direction="row" justifyContent="space-between" sx={{ mb: 0.5 }}>
                <Typography variant="caption" sx={{ fontWeight: 600 }}>
                  {line.label}
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {line.points} / {line.max}
                </Typography>
              </Stack>
              <LinearProgress
                variant="determinate"
                value={line.max ? (line.points / line.max) * 100 : 0}
                aria-label={line.label}
                sx={{
                  height: 7,
                  borderRadius: 4,
                  backgroundColor: (theme) => alpha(theme.palette.primary.main, 0.1),
                  '& .MuiLinearProgress-bar': { borderRadius: 4, backgroundImage: `linear-gradient(90deg, #a78bfa, #7c3aed)` },
                }}
              />
            </Box>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
};
