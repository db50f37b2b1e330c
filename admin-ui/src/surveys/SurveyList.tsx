// The hospital's surveys: what each asks, how many were invited and answered, and whether it is in use.
import PollIcon from '@mui/icons-material/PollOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Box, Card, Chip, Typography } from '@mui/material';
import { humanize, SURVEY_TYPES } from '@hospital-crm/domain';
import { DataTable, List, NullableBooleanInput, Pagination, SearchInput, SelectArrayInput, useCreatePath, useTranslate } from 'react-admin';

import { ListError } from '../common/ListError';
import type { Survey } from '../providers/apiTypes';
import { SurveyActiveToggle } from './SurveyActiveToggle';
import { CreateListActions, ResourceEmpty } from '../common/ResourceListParts';

const SearchFilter = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <SearchInput source={source} alwaysOn={alwaysOn} placeholder={translate('resources.surveys.filters.search')} sx={{ minWidth: 240 }} />;
};

const surveyFilters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectArrayInput key="surveyType" source="surveyType" choices={SURVEY_TYPES.map((id) => ({ id, name: humanize(id) }))} sx={{ minWidth: 200 }} />,
  <NullableBooleanInput key="isActive" source="isActive" />,
];

const NameCell = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 0.75 }}>
        {survey.name}
        {survey.isAnonymous && (
          <Chip size="small" variant="outlined" icon={<VisibilityOffIcon />} label={translate('resources.surveys.anonymous')} sx={{ height: 22 }} />
        )}
      </Typography>
      {survey.description && (
        <Typography variant="caption" color="text.secondary" noWrap component="p" sx={{ maxWidth: 420 }}>
          {survey.description}
        </Typography>
      )}
    </Box>
  );
};

const Column = DataTable.Col<Survey>;
const number = new Intl.NumberFormat('en-GB');

export const SurveyList = () => {
  const createPath = useCreatePath();
  return (
    <List
      filters={surveyFilters}
      actions={<CreateListActions resource="surveys" />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<ResourceEmpty resource="surveys" icon={<PollIcon />} />}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      component={Card}
      exporter={false}
      error={<ListError />}
      sx={{ mt: 1 }}
    >
      <DataTable<Survey> rowClick={(id) => createPath({ resource: 'surveys', type: 'show', id })} bulkActionButtons={false}>
        <Column source="name" disableSort render={(survey) => <NameCell survey={survey} />} />
        <Column source="surveyType" disableSort render={(survey) => humanize(survey.surveyType)} />
        <Column source="questions" disableSort render={(survey) => survey.questions.length} />
        <Column source="invitationCount" disableSort render={(survey) => number.format(survey.invitationCount)} />
        <Column source="responseCount" disableSort render={(survey) => number.format(survey.responseCount)} />
        <Column source="isActive" disableSort render={(survey) => <SurveyActiveToggle survey={survey} />} />
      </DataTable>
    </List>
  );
};
