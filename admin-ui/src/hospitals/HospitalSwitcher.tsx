// SUPER_ADMIN works across hospitals: the choice is stored in the session, sent as
// X-Hospital-Id by the http wrapper, and every query is refetched in the new scope.
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import LocalHospitalIcon from '@mui/icons-material/LocalHospitalOutlined';
import { InputAdornment, MenuItem, TextField, Tooltip } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useGetIdentity, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { HospitalSummary } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { SUPER_ADMIN } from '../providers/http';
import { session } from '../providers/session';
import { useWorkingHospital } from './useWorkingHospital';

const HospitalSelect = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useCrmDataProvider();
  const { own, current } = useWorkingHospital();
  const { data, error, isPending } = useQuery({
    queryKey: ['hospitals', 'switcher'],
    queryFn: () => dataProvider.getHospitals(),
    staleTime: 5 * 60_000,
  });
  // Until the list arrives (or if it fails) the current hospital is still shown.
  const hospitals: HospitalSummary[] = data?.data ?? [current, own].filter((h): h is HospitalSummary => !!h);
  const unique = hospitals.filter((h, index) => hospitals.findIndex((other) => other.id === h.id) === index);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = unique.find((hospital) => hospital.id === event.target.value);
    if (!chosen) return;
    session.setHospital(chosen.id === own?.id ? null : chosen);
    notify('crm.hospital_switcher.switched', { type: 'info', messageArgs: { name: chosen.name } });
    refresh();
  };

  return (
    <TextField
      select
      size="small"
      margin="none"
      value={current && unique.some((h) => h.id === current.id) ? current.id : ''}
      onChange={choose}
      disabled={isPending && unique.length === 0}
      slotProps={{
        htmlInput: { 'aria-label': translate('crm.hospital_switcher.label') },
        input: {
          startAdornment: (
            <InputAdornment position="start" sx={{ color: 'inherit' }}>
              {error ? (
                <Tooltip title={translate('crm.hospital_switcher.error', { message: error.message })}>
                  <ErrorOutlineIcon fontSize="small" />
                </Tooltip>
              ) : (
                <LocalHospitalIcon fontSize="small" />
              )}
            </InputAdornment>
          ),
        },
      }}
      sx={{
        mr: 1,
        minWidth: 220,
        '& .MuiOutlinedInput-root': {
          color: 'inherit',
          backgroundColor: alpha('#fff', 0.14),
          '& fieldset': { borderColor: alpha('#fff', 0.3) },
          '&:hover fieldset': { borderColor: alpha('#fff', 0.6) },
          '&.Mui-focused fieldset': { borderColor: '#fff' },
        },
        '& .MuiSelect-icon': { color: 'inherit' },
      }}
    >
      {unique.map((hospital) => (
        <MenuItem key={hospital.id} value={hospital.id}>
          {hospital.name}
          {hospital.id === own?.id ? ` · ${translate('crm.hospital_switcher.own')}` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Renders nothing for roles bound to one hospital. */
export const HospitalSwitcher = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending || identity?.role !== SUPER_ADMIN) return null;
  return <HospitalSelect />;
};
