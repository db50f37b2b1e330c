// What the lead page does besides CRUD, each call followed by a refetch of everything 'leads'
// (the page, the board, the table, the timeline) so every view shows the server's truth.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LeadStatus } from '@hospital-crm/domain';
import { useNotify, useTranslate } from 'react-admin';
import type { ConvertLeadParams } from '../providers/customMethods';
import { useCrmDataProvider } from '../providers/dataProvider';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useLeadActions = (leadId: string) => {
  const dataProvider = useCrmDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const refetchLeads = () => queryClient.invalidateQueries({ queryKey: ['leads'] });
  const onError = (error: unknown) => {
    const message = messageOf(error);
    notify('resources.leads.notifications.failed', {
      type: 'error',
      messageArgs: { message: translate(message, { _: message }) },
      autoHideDuration: 8000,
    });
  };

  const changeStatus = useMutation({
    mutationFn: (params: { status: LeadStatus; reason?: string }) => dataProvider.changeLeadStatus(leadId, params),
    onSuccess: refetchLeads,
    onError,
  });
  const assign = useMutation({
    mutationFn: (assignedToId: string | null) => dataProvider.assignLead(leadId, assignedToId),
    onSuccess: refetchLeads,
    onError,
  });
  const addTag = useMutation({
    mutationFn: (tagId: string) => dataProvider.addLeadTags(leadId, [tagId]),
    onSuccess: async () => {
      await refetchLeads();
      await queryClient.invalidateQueries({ queryKey: ['tags'] });
    },
    onError,
  });
  const removeTag = useMutation({
    mutationFn: (tagId: string) => dataProvider.removeLeadTag(leadId, tagId),
    onSuccess: async () => {
      await refetchLeads();
      await queryClient.invalidateQueries({ queryKey: ['tags'] });
    },
    onError,
  });
  // Conversion shows its failure inside its dialog, so no toast here.
  const convert = useMutation({
    mutationFn: (params: ConvertLeadParams) => dataProvider.convertLead(leadId, params),
    onSuccess: refetchLeads,
  });
  return { changeStatus, assign, addTag, removeTag, convert, notify, translate };
};
