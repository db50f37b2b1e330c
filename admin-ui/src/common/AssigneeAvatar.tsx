import { Avatar, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PersonRef } from '../providers/apiTypes';
import { BRAND_GRADIENT } from '../theme';
import { fullName, initialsOf, shortName } from './display';

/** Who handles a lead or a task: initials on the brand gradient, and optionally the name. */
type AssigneeAvatarProps = {
  person: PersonRef | null;
  showName?: boolean;
  /** "Priya S." where space is short (Kanban cards). */
  short?: boolean;
  size?: number;
};

export const AssigneeAvatar = ({ person, showName = false, short = false, size = 24 }: AssigneeAvatarProps) => {
  const translate = useTranslate();
  const name = person ? fullName(person) : translate('crm.common.unassigned');
  const shown = person && short ? shortName(person) : name;
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, minWidth: 0 }} title={name}>
      <Avatar
        sx={{
          width: size,
          height: size,
          fontSize: size * 0.42,
          fontWeight: 700,
          ...(person ? { backgroundImage: BRAND_GRADIENT, color: '#fff' } : { bgcolor: 'action.hover', color: 'text.disabled' }),
        }}
      >
        {person ? initialsOf(person) : '?'}
      </Avatar>
      {showName && (
        <Typography variant="body2" noWrap color={person ? 'text.primary' : 'text.secondary'}>
          {shown}
        </Typography>
      )}
    </Box>
  );
};
