// Turns a survey on or off. Off: no new invitations; links already sent keep working.
import { FormControlLabel, Switch } from '@mui/material';
import type { ChangeEvent, MouseEvent } from 'react';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import { errorMessage } from '../common/errors';
import type { Survey } from '../providers/apiTypes';

export const SurveyActiveToggle = ({ survey, showLabel = false }: { survey: Survey; showLabel?: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<Survey>();
  const toggle = (event: ChangeEvent<HTMLInputElement>) => {
    const isActive = event.target.checked;
    update(
      'surveys',
      { id: survey.id, data: { isActive }, previousData: survey },
      {
        mutationMode: 'pessimistic',
        onSuccess: () =>
          notify(isActive ? 'resources.surveys.notifications.activated' : 'resources.surveys.notifications.deactivated', {
            type: 'success',
            messageArgs: { name: survey.name },
          }),
        onError: (error) => {
          const message = errorMessage(error);
          notify('resources.surveys.notifications.failed', { type: 'error', messageArgs: { message: translate(message, { _: message }) } });
        },
      },
    );
  };
  const label = translate('resources.surveys.active_named', { name: survey.name });
  const control = (
    <Switch
      checked={survey.isActive}
      disabled={isPending}
      onChange={toggle}
      onClick={(event: MouseEvent) => event.stopPropagation()} // not a row click
      slotProps={{ input: { 'aria-label': label } }}
    />
  );
  if (!showLabel) return control;
  return <FormControlLabel control={control} label={translate(survey.isActive ? 'resources.surveys.active' : 'resources.surveys.inactive')} />;
};
