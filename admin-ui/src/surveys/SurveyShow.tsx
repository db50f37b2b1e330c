// One survey: what it asks and whether it is in use, then its results (analytics), its answers
// (responses) and its questions, one tab each.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/EditOutlined';
import PollIcon from '@mui/icons-material/PollOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Alert, Avatar, Box, Button, Card, Chip, Skeleton, Stack, Tab, Tabs, Typography } from '@mui/material';
import { humanize } from '@hospital-crm/domain';
import { lazy, Suspense, useState } from 'react';
import { Show, useRedirect, useShowContext, useTranslate } from 'react-admin';
import type { Survey } from '../providers/apiTypes';
import { BRAND_GRADIENT } from '../theme';
import { SurveyActiveToggle } from './SurveyActiveToggle';
import { SurveyQuestionsPanel } from './SurveyQuestionsPanel';
import { SurveyResponsesPanel } from './SurveyResponsesPanel';

// Charts load with the analytics tab, not with the console.
const SurveyAnalyticsPanel = lazy(() => import('./SurveyAnalyticsPanel').then((module) => ({ default: module.SurveyAnalyticsPanel })));

type SurveyTab = 'analytics' | 'responses' | 'questions';
const TABS: SurveyTab[] = ['analytics', 'responses', 'questions'];

const SurveyHeader = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <Card sx={{ p: { xs: 2, md: 3 } }} data-testid="survey-header">
      <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => redirect('list', 'surveys')} sx={{ mb: 1.5, ml: -1 }}>
        {translate('resources.surveys.actions.back')}
      </Button>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2.5} alignItems={{ md: 'center' }}>
        <Avatar variant="rounded" sx={{ width: 56, height: 56, borderRadius: '16px', backgroundImage: BRAND_GRADIENT, color: '#fff' }}>
          <PollIcon />
        </Avatar>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1.25} alignItems="center" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Typography variant="h5" component="h1" data-testid="survey-name">
              {survey.name}
            </Typography>
            <Chip size="small" label={humanize(survey.surveyType)} color="primary" variant="outlined" />
            {survey.isAnonymous && <Chip size="small" icon={<VisibilityOffIcon />} label={translate('resources.surveys.anonymous')} variant="outlined" />}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('resources.surveys.show.counts', {
              questions: survey.questions.length,
              invitations: survey.invitationCount,
              responses: survey.responseCount,
            })}
          </Typography>
          {survey.description && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {survey.description}
            </Typography>
          )}
        </Box>
        <Stack direction="row" spacing={1} alignItems="center">
          <SurveyActiveToggle survey={survey} showLabel />
          <Button variant="outlined" startIcon={<EditIcon />} onClick={() => redirect('edit', 'surveys', survey.id)}>
            {translate('resources.surveys.actions.edit')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
};

const SurveyShowContent = () => {
  const translate = useTranslate();
  const { record, isPending, error } = useShowContext<Survey>();
  const [tab, setTab] = useState<SurveyTab>('analytics');
  if (isPending) return <Skeleton variant="rounded" height={180} sx={{ borderRadius: 4 }} aria-busy="true" />;
  if (error || !record) {
    const message = error?.message;
    return <Alert severity="error">{message ? translate(message, { _: message }) : translate('resources.surveys.show.not_found')}</Alert>;
  }
  return (
    <Stack spacing={2} data-testid="survey-show">
      <SurveyHeader survey={record} />
      <Card>
        <Tabs
          value={tab}
          onChange={(_, next: SurveyTab) => setTab(next)}
          aria-label={translate('resources.surveys.show.tabs')}
          sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((value) => (
            <Tab
              key={value}
              value={value}
              label={translate(`resources.surveys.show.${value}`)}
              id={`survey-tab-${value}`}
              aria-controls={`survey-panel-${value}`}
            />
          ))}
        </Tabs>
        <Box role="tabpanel" id={`survey-panel-${tab}`} aria-labelledby={`survey-tab-${tab}`} sx={{ p: tab === 'responses' ? 0 : { xs: 2, md: 3 } }}>
          {tab === 'analytics' && (
            <Suspense fallback={<Skeleton variant="rounded" height={240} sx={{ borderRadius: 4 }} aria-busy="true" />}>
              <SurveyAnalyticsPanel survey={record} />
            </Suspense>
          )}
          {tab === 'responses' && <SurveyResponsesPanel survey={record} />}
          {tab === 'questions' && <SurveyQuestionsPanel survey={record} />}
        </Box>
      </Card>
    </Stack>
  );
};

const SurveyTitle = () => {
  const { record } = useShowContext<Survey>();
  return <>{record?.name ?? ''}</>;
};

export const SurveyShow = () => (
  <Show<Survey> component="div" actions={false} title={<SurveyTitle />} sx={{ mt: 2, mb: 4 }}>
    <SurveyShowContent />
  </Show>
);
