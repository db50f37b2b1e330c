import { Box, Chip, Stack, Typography } from '@mui/material';
import { humanize } from '@hospital-crm/domain';
import { useTranslate } from 'react-admin';
import type { Survey } from '../providers/apiTypes';

/** The questions as patients see them, in order, with each one's type and settings. */
export const SurveyQuestionsPanel = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  return (
    <Stack component="ol" spacing={1.5} sx={{ m: 0, pl: 3 }} data-testid="survey-questions">
      {[...survey.questions]
        .sort((a, b) => a.order - b.order)
        .map((question) => (
          <Box component="li" key={question.id}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {question.text}
              {question.required ? ' *' : ''}
            </Typography>
            <Stack direction="row" spacing={0.75} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
              <Chip size="small" label={humanize(question.type)} color="primary" variant="outlined" />
              {question.scale && <Chip size="small" label={translate('resources.surveys.builder.scale_of', { scale: question.scale })} />}
              {question.options?.map((option) => (
                <Chip key={option} size="small" label={option} variant="outlined" />
              ))}
            </Stack>
          </Box>
        ))}
    </Stack>
  );
};
