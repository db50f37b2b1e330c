// The charts' placeholder, in a file of its own: the dashboard shows it while the chart code
// (and recharts) is still loading, so it must not import them.
import { Box, Skeleton } from '@mui/material';

export const CHARTS_GRID = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } } as const;
const CHART_COUNT = 7;

export const ChartsLoading = () => (
  <Box sx={CHARTS_GRID} aria-busy="true" data-testid="charts-loading">
    {Array.from({ length: CHART_COUNT }, (_, i) => (
      <Skeleton key={i} variant="rounded" height={330} sx={{ borderRadius: 4 }} />
    ))}
  </Box>
);
