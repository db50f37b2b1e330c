// The question builder: one card per question in form order, added by type, moved up and down
// with buttons (reachable with Tab, named for the question they move), each showing only the
// settings its type has. What the domain would refuse is listed live, before saving.
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Alert, Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { humanize, SURVEY_QUESTION_TYPES, type SurveyQuestionType } from '@hospital-crm/domain';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  useTranslate,
} from 'react-admin';
import { isChoiceType, newQuestion, questionProblems, RATING_SCALES, type QuestionDraft } from './surveyModel';

const TYPE_CHOICES = SURVEY_QUESTION_TYPES.map((id) => ({ id, name: humanize(id) }));
const SCALE_CHOICES = RATING_SCALES.map((id) => ({ id, name: `1 – ${id}` }));

/** One button per question type; an NPS question is offered once (a survey has at most one). */
const AddQuestionButtons = ({ hasNps }: { hasNps: boolean }) => {
  const translate = useTranslate();
  const { add } = useSimpleFormIterator();
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mt: 1 }} data-testid="add-question-buttons">
      {SURVEY_QUESTION_TYPES.filter((type) => type !== 'NPS' || !hasNps).map((type) => (
        <Button key={type} size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => add(newQuestion(type))}>
          {translate(`resources.surveys.builder.add.${type}`)}
        </Button>
      ))}
    </Stack>
  );
};

const MoveButtons = () => {
  const translate = useTranslate();
  const { index, total, reOrder } = useSimpleFormIteratorItem();
  const number = index + 1;
  return (
    <Stack direction="row">
      <Tooltip title={translate('resources.surveys.builder.move_up', { number })}>
        <span>
          <IconButton
            size="small"
            aria-label={translate('resources.surveys.builder.move_up', { number })}
            disabled={index === 0}
            onClick={() => reOrder(index - 1)}
          >
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={translate('resources.surveys.builder.move_down', { number })}>
        <span>
          <IconButton
            size="small"
            aria-label={translate('resources.surveys.builder.move_down', { number })}
            disabled={index >= total - 1}
            onClick={() => reOrder(index + 1)}
          >
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Stack>
  );
};

const RemoveButton = () => {
  const translate = useTranslate();
  const { index, remove } = useSimpleFormIteratorItem();
  const label = translate('resources.surveys.builder.remove', { number: index + 1 });
  return (
    <Tooltip title={label}>
      <IconButton size="small" color="error" aria-label={label} onClick={() => remove()}>
        <DeleteIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};

/** The settings that depend on the type: a scale for ratings, options for choices, a note for NPS. */
const TypeSettings = ({ type }: { type: SurveyQuestionType | null | undefined }) => {
  const translate = useTranslate();
  if (type === 'RATING') return <SelectInput source="scale" choices={SCALE_CHOICES} validate={required()} label="resources.surveys.builder.scale" />;
  if (isChoiceType(type))
    return <TextArrayInput source="options" label="resources.surveys.builder.options" helperText="resources.surveys.builder.options_help" />;
  if (type === 'NPS')
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('resources.surveys.builder.nps_help')}
      </Typography>
    );
  return (
    <Typography variant="caption" color="text.secondary">
      {translate('resources.surveys.builder.text_help')}
    </Typography>
  );
};

const QuestionFields = () => (
  <Box
    sx={{ width: '100%', display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(180px, 1fr) auto' }, alignItems: 'start' }}
  >
    <TextInput source="text" validate={required()} label="resources.surveys.builder.text" multiline />
    <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} label="resources.surveys.builder.type" />
    <BooleanInput source="required" label="resources.surveys.builder.required" sx={{ mt: 1 }} />
    <Box sx={{ gridColumn: '1 / -1' }}>
      <FormDataConsumer<QuestionDraft>>{({ scopedFormData }) => <TypeSettings type={scopedFormData?.type} />}</FormDataConsumer>
    </Box>
  </Box>
);

const QuestionProblems = ({ questions }: { questions: QuestionDraft[] | undefined }) => {
  const problems = questions?.length ? questionProblems(questions) : [];
  if (problems.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2, borderRadius: 2 }} data-testid="question-problems">
      {problems.map((problem) => (
        <div key={`${problem.field}-${problem.message}`}>{problem.message}</div>
      ))}
    </Alert>
  );
};

export const QuestionsInput = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer<{ questions?: QuestionDraft[] }>>
      {({ formData }) => (
        <Box sx={{ width: '100%' }} data-testid="question-builder">
          <ArrayInput source="questions" label={false} validate={required('resources.surveys.builder.at_least_one')}>
            <SimpleFormIterator
              getItemLabel={(index) => translate('resources.surveys.builder.question_n', { number: index + 1 })}
              addButton={<AddQuestionButtons hasNps={(formData.questions ?? []).some((q) => q?.type === 'NPS')} />}
              reOrderButtons={<MoveButtons />}
              removeButton={<RemoveButton />}
              disableClear
              sx={{
                '& .RaSimpleFormIterator-line': { border: 1, borderColor: 'divider', borderRadius: 3, p: 2, mb: 1.5, alignItems: 'flex-start' },
                '& .RaSimpleFormIterator-index': { fontWeight: 700, color: 'primary.main', minWidth: 96 },
                // react-admin shows the move and remove buttons on hover only: hidden, Tab cannot reach them
                '& .RaSimpleFormIterator-action': { visibility: 'visible' },
              }}
            >
              <QuestionFields />
            </SimpleFormIterator>
          </ArrayInput>
          <QuestionProblems questions={formData.questions} />
        </Box>
      )}
    </FormDataConsumer>
  );
};
