// Tags on the lead: remove with the chip's cross, add from the hospital's tags. When the tags
// module does not answer, the lead's tags are still shown, read-only.
import LabelIcon from '@mui/icons-material/LabelOutlined';
import { Autocomplete, Box, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { LeadDetail, Tag } from '../providers/apiTypes';
import { TagChip } from './TagChip';
import { SectionCard } from '../common/SectionCard';
import { useLeadActions } from './useLeadActions';
import { useTags } from './useLeadLookups';

export const LeadTagsCard = ({ lead }: { lead: LeadDetail }) => {
  const { addTag, removeTag, notify, translate } = useLeadActions(lead.id);
  const tags = useTags();
  const [input, setInput] = useState('');
  const attached = new Set(lead.tags.map((tag) => tag.id));
  const options = (tags.data ?? []).filter((tag) => !attached.has(tag.id));
  const busy = addTag.isPending || removeTag.isPending;

  const add = (tag: Tag | null) => {
    if (!tag) return;
    setInput('');
    addTag.mutate(tag.id, {
      onSuccess: () => notify('resources.leads.notifications.tag_added', { type: 'success', messageArgs: { tag: tag.name } }),
    });
  };

  return (
    <SectionCard title={translate('resources.leads.show.tags')} icon={<LabelIcon fontSize="small" />} testId="lead-tags">
      {lead.tags.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate('resources.leads.show.no_tags')}
        </Typography>
      ) : (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mb: 1.5 }}>
          {lead.tags.map((tag) => (
            <TagChip
              key={tag.id}
              tag={tag}
              sx={{ height: 26, fontSize: 13 }}
              onDelete={
                tags.available && !busy
                  ? () =>
                      removeTag.mutate(tag.id, {
                        onSuccess: () => notify('resources.leads.notifications.tag_removed', { type: 'info', messageArgs: { tag: tag.name } }),
                      })
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {tags.available ? (
        <Autocomplete
          size="small"
          options={options}
          value={null}
          inputValue={input}
          onInputChange={(_, value) => setInput(value)}
          onChange={(_, tag) => add(tag)}
          getOptionLabel={(tag) => tag.name}
          loading={tags.isPending}
          disabled={busy}
          blurOnSelect
          renderOption={({ key, ...props }, tag) => (
            <Box component="li" key={key} {...props} sx={{ gap: 1 }}>
              <Box sx={{ width: 10, height: 10, borderRadius: '50%', backgroundColor: tag.color, flexShrink: 0 }} />
              {tag.name}
              {tag.category && (
                <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                  {tag.category}
                </Typography>
              )}
            </Box>
          )}
          renderInput={(params) => <TextField {...params} label={translate('resources.leads.show.add_tag')} />}
        />
      ) : (
        !tags.isPending && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.leads.show.tags_unavailable')}
          </Typography>
        )
      )}
    </SectionCard>
  );
};
