// A survey's answers, newest first, filtered by date, NPS category, sentiment, follow-up and
// channel; a row opens to show every answer beside its question.
import FlagIcon from '@mui/icons-material/Flag';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { COMMUNICATION_CHANNEL_LABELS, NPS_CATEGORIES, SENDABLE_CHANNELS, SENTIMENTS, type Sentiment } from '@hospital-crm/domain';
import {
  DataTable,
  DateInput,
  FilterButton,
  List,
  NullableBooleanInput,
  Pagination,
  SelectArrayInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ColorChip } from '../common/ColorChip';
import { formatDateTime, fullName } from '../common/display';
import { ListError } from '../common/ListError';
import type { Survey, SurveyResponse } from '../providers/apiTypes';
import { NPS_CATEGORY_COLORS } from './surveyAnalyticsModel';

const SENTIMENT_COLORS: Record<Sentiment, string> = { POSITIVE: '#16a34a', NEUTRAL: '#64748b', NEGATIVE: '#dc2626' };

const TranslatedChoices = ({ source, values, prefix }: { source: string; values: readonly string[]; prefix: string }) => {
  const translate = useTranslate();
  return <SelectArrayInput source={source} choices={values.map((id) => ({ id, name: translate(`${prefix}.${id}`) }))} sx={{ minWidth: 170 }} />;
};

const responseFilters = [
  <DateInput key="submittedFrom" source="submittedFrom" />,
  <DateInput key="submittedTo" source="submittedTo" />,
  <TranslatedChoices key="npsCategory" source="npsCategory" values={NPS_CATEGORIES} prefix="resources.surveys.nps" />,
  <TranslatedChoices key="sentiment" source="sentiment" values={SENTIMENTS} prefix="resources.surveys.sentiments" />,
  <NullableBooleanInput key="requiresFollowUp" source="requiresFollowUp" />,
  <SelectArrayInput
    key="channel"
    source="channel"
    choices={SENDABLE_CHANNELS.map((id) => ({ id, name: COMMUNICATION_CHANNEL_LABELS[id] }))}
    sx={{ minWidth: 150 }}
  />,
];

const answerText = (value: SurveyResponse['answers'][string] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '—' : String(value);

/** Every answer beside its question, in the survey's order; the row's record comes from its context. */
const AnswersPanel = ({ survey }: { survey: Survey }) => {
  const response = useRecordContext<SurveyResponse>();
  if (!response) return null;
  return (
    <Stack spacing={1} sx={{ py: 1, px: 2 }} data-testid="response-answers">
      {[...survey.questions]
        .sort((a, b) => a.order - b.order)
        .map((question) => (
          <Box key={question.id}>
            <Typography variant="caption" color="text.secondary" component="p">
              {question.text}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {answerText(response.answers[question.id])}
            </Typography>
          </Box>
        ))}
    </Stack>
  );
};

const NpsCell = ({ response }: { response: SurveyResponse }) => {
  const translate = useTranslate();
  if (response.npsScore === null || !response.npsCategory) return <>—</>;
  return (
    <ColorChip
      label={`${response.npsScore} · ${translate(`resources.surveys.nps.${response.npsCategory}`)}`}
      color={NPS_CATEGORY_COLORS[response.npsCategory]}
    />
  );
};

const WhoCell = ({ response, anonymous }: { response: SurveyResponse; anonymous: boolean }) => {
  const translate = useTranslate();
  // anonymous surveys keep no patient; otherwise a missing one is simply not known
  if (anonymous || !response.patient)
    return (
      <Typography variant="body2" color="text.secondary">
        {anonymous ? translate('resources.surveys.anonymous') : '—'}
      </Typography>
    );
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {fullName(response.patient)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {response.patient.mrn}
      </Typography>
    </Box>
  );
};

const Column = DataTable.Col<SurveyResponse>;

export const SurveyResponsesPanel = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  return (
    <List
      resource="survey-responses"
      filter={{ surveyId: survey.id }}
      filters={responseFilters}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      sort={{ field: 'submittedAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      disableSyncWithLocation
      storeKey={false}
      exporter={false}
      error={<ListError />}
      title={false}
      empty={
        <Typography variant="body2" color="text.secondary" sx={{ p: 3 }} data-testid="responses-empty">
          {translate('resources.surveys.responses.empty')}
        </Typography>
      }
    >
      <DataTable<SurveyResponse> bulkActionButtons={false} expand={<AnswersPanel survey={survey} />} rowClick="expand">
        <Column source="submittedAt" render={(response) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(response.submittedAt)}</span>} />
        <Column source="npsScore" disableSort render={(response) => <NpsCell response={response} />} />
        <Column source="csatScore" disableSort render={(response) => (response.csatScore === null ? '—' : response.csatScore.toFixed(1))} />
        <Column
          source="sentiment"
          disableSort
          render={(response) =>
            response.sentiment ? (
              <ColorChip label={translate(`resources.surveys.sentiments.${response.sentiment}`)} color={SENTIMENT_COLORS[response.sentiment]} />
            ) : (
              '—'
            )
          }
        />
        <Column
          source="requiresFollowUp"
          disableSort
          render={(response) =>
            response.requiresFollowUp ? (
              <Chip size="small" color="error" variant="outlined" icon={<FlagIcon />} label={translate('resources.surveys.responses.follow_up')} />
            ) : null
          }
        />
        <Column source="channel" disableSort render={(response) => (response.channel ? COMMUNICATION_CHANNEL_LABELS[response.channel] : '—')} />
        <Column source="patient" disableSort render={(response) => <WhoCell response={response} anonymous={survey.isAnonymous} />} />
      </DataTable>
    </List>
  );
};
