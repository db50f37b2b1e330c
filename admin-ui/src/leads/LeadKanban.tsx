// The pipeline board (atomic-crm deals/DealListContent): columns in the seed's order, cards moved
// locally at once, one API call to persist status + position, then a refetch. Moves the pipeline
// forbids are refused here with a reason, before any request.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button } from '@mui/material';
import { DragDropContext, type DropResult } from '@hello-pangea/dnd';
import { LEAD_STATUS_META, type LeadStatus } from '@hospital-crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import type { LeadSummary } from '../providers/apiTypes';
import type { LeadBoard } from '../providers/customMethods';
import { useCrmDataProvider } from '../providers/dataProvider';
import { boardStatuses, decideDrop, isLeadStatus, moveCard, type BoardSlot } from './kanban';
import { fullName } from '../common/display';
import { LeadColumn, LeadColumnSkeleton } from './LeadColumn';
import { LostReasonDialog } from './LostReasonDialog';
import { useLeadBoard } from './useLeadBoard';

type PendingLost = { lead: LeadSummary; source: BoardSlot; destination: BoardSlot };

const BOARD_SX = {
  display: 'flex',
  gap: 1.5,
  alignItems: 'stretch',
  overflowX: 'auto',
  pb: 2,
  pt: 0.5,
} as const;

export const LeadKanban = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useCrmDataProvider();
  const { filterValues } = useListContext();
  const { data, error, isPending, refetch, isFetching } = useLeadBoard(filterValues);
  const statuses = boardStatuses(filterValues.status);
  const filtered = Object.keys(filterValues).some((key) => key !== 'status');

  // The board as shown: the server's until a drop, then the local move until the refetch lands.
  const [board, setBoard] = useState<LeadBoard | undefined>(data);
  const movesInFlight = useRef(0);
  useEffect(() => {
    if (data && movesInFlight.current === 0) setBoard(data);
  }, [data]);

  const [pendingLost, setPendingLost] = useState<PendingLost | null>(null);

  const persist = useCallback(
    async (lead: LeadSummary, source: BoardSlot, destination: BoardSlot, reason?: string) => {
      if (!board) return;
      const before = board;
      // Find the card again: the board may have been refetched while the LOST dialog was open.
      const index = board[source.status].leads.findIndex((card) => card.id === lead.id);
      if (index !== -1) setBoard(moveCard(board, { status: source.status, index }, destination));
      movesInFlight.current += 1;
      try {
        await dataProvider.moveLead(lead.id, {
          status: destination.status,
          position: destination.index,
          ...(reason ? { reason } : {}),
        });
        if (source.status !== destination.status) {
          notify('resources.leads.kanban.moved', {
            type: 'success',
            messageArgs: { name: fullName(lead), status: LEAD_STATUS_META[destination.status].label },
          });
        }
      } catch (failure) {
        setBoard(before);
        const message = failure instanceof Error ? failure.message : String(failure);
        notify('resources.leads.kanban.move_failed', {
          type: 'error',
          messageArgs: { message: translate(message, { _: message }) },
          autoHideDuration: 8000,
        });
      } finally {
        movesInFlight.current -= 1;
        await queryClient.invalidateQueries({ queryKey: ['leads'] });
      }
    },
    [board, dataProvider, notify, queryClient, translate],
  );

  const onDragEnd = ({ source, destination }: DropResult) => {
    if (!destination || !board) return;
    if (!isLeadStatus(source.droppableId) || !isLeadStatus(destination.droppableId)) return;
    const from: BoardSlot = { status: source.droppableId, index: source.index };
    const to: BoardSlot = { status: destination.droppableId, index: destination.index };
    if (from.status === to.status && from.index === to.index) return;
    const lead = board[from.status].leads[from.index];
    if (!lead) return;

    const decision = decideDrop(lead, to.status);
    switch (decision.kind) {
      case 'refuse':
        notify(decision.messageKey, { type: 'warning', messageArgs: decision.args, autoHideDuration: 8000 });
        return;
      case 'askReason':
        setPendingLost({ lead, source: from, destination: to });
        return;
      case 'allow':
        void persist(lead, from, to);
    }
  };

  if (error && !board) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            {translate('resources.leads.kanban.retry')}
          </Button>
        }
      >
        {translate('resources.leads.kanban.load_error', { message: translate(error.message, { _: error.message }) })}
      </Alert>
    );
  }

  if (isPending || !board) {
    return (
      <Box sx={BOARD_SX}>
        {statuses.map((status) => (
          <LeadColumnSkeleton key={status} status={status} />
        ))}
      </Box>
    );
  }

  return (
    <>
      <DragDropContext onDragEnd={onDragEnd} dragHandleUsageInstructions={translate('resources.leads.kanban.drag_hint')}>
        <Box sx={BOARD_SX} role="region" aria-label={translate('resources.leads.kanban.aria')} data-testid="lead-kanban">
          {statuses.map((status: LeadStatus) => (
            <LeadColumn key={status} status={status} leads={board[status].leads} total={board[status].total} filtered={filtered} />
          ))}
        </Box>
      </DragDropContext>
      <LostReasonDialog
        open={pendingLost !== null}
        name={pendingLost ? fullName(pendingLost.lead) : ''}
        onCancel={() => setPendingLost(null)}
        onConfirm={(reason) => {
          if (pendingLost) void persist(pendingLost.lead, pendingLost.source, pendingLost.destination, reason);
          setPendingLost(null);
        }}
      />
    </>
  );
};
