import { Chip, type ChipProps } from '@mui/material';
import { alpha } from '@mui/material/styles';
import type { TagRef } from '../providers/apiTypes';

const HEX = /^#[0-9a-f]{6}$/i;

/** A tag in its own colour (hospitals pick them; anything not #rrggbb falls back to violet). */
export const TagChip = ({ tag, ...rest }: { tag: TagRef } & Omit<ChipProps, 'label'>) => {
  const color = HEX.test(tag.color) ? tag.color : '#7c3aed';
  return (
    <Chip
      size="small"
      label={tag.name}
      {...rest}
      sx={{
        height: 22,
        fontSize: 12,
        color,
        backgroundColor: alpha(color, 0.1),
        border: `1px solid ${alpha(color, 0.22)}`,
        '& .MuiChip-deleteIcon': { color: alpha(color, 0.6), '&:hover': { color } },
        ...rest.sx,
      }}
    />
  );
};
