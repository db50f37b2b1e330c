// The Kanban board's rules, pure so they are tested without a browser: which drops the board
// refuses before asking the API (the same pipeline table the API enforces), and how a card
// moves between columns locally while the API call is in flight.
import { LEAD_STATUS_META, LEAD_STATUSES, LEAD_TRANSITIONS, type LeadStatus } from '@hospital-crm/domain';

/** Why a drop is refused; each reason has its own sentence under resources.leads.kanban.refused. */
export type RefusalReason = 'converted_is_final' | 'use_convert' | 'reopen_first' | 'illegal';

export type DropDecision =
  { kind: 'allow' } | { kind: 'askReason' } | { kind: 'refuse'; reason: RefusalReason; messageKey: string; args: Record<string, string> };

const label = (status: LeadStatus) => LEAD_STATUS_META[status]?.label ?? status;

const refuse = (reason: RefusalReason, from: LeadStatus, to: LeadStatus): DropDecision => ({
  kind: 'refuse',
  reason,
  messageKey: `resources.leads.kanban.refused.${reason}`,
  args: {
    from: label(from),
    to: label(to),
    allowed: LEAD_TRANSITIONS.nextStates(from)
      .filter((status) => status !== 'CONVERTED')
      .map(label)
      .join(' or '),
  },
});

/**
 * What happens when a card is dropped on a column: reordering inside a column is always fine;
 * a move the pipeline forbids is refused with a reason; CONVERTED is refused because conversion
 * creates a patient and has its own action; LOST first asks for the reason the API requires.
 */
export const decideDrop = (card: { status: LeadStatus }, destination: LeadStatus): DropDecision => {
  const from = card.status;
  if (from === destination) return { kind: 'allow' };
  if (LEAD_TRANSITIONS.isFinal(from)) return refuse('converted_is_final', from, destination);
  if (!LEAD_TRANSITIONS.canMove(from, destination)) {
    return refuse(from === 'LOST' ? 'reopen_first' : 'illegal', from, destination);
  }
  if (destination === 'CONVERTED') return refuse('use_convert', from, destination);
  if (destination === 'LOST') return { kind: 'askReason' };
  return { kind: 'allow' };
};

export const isLeadStatus = (value: unknown): value is LeadStatus => typeof value === 'string' && (LEAD_STATUSES as readonly string[]).includes(value);

/** The statuses a board shows: those the status filter names, else all six in pipeline order. */
export const boardStatuses = (statusFilter: unknown): LeadStatus[] => {
  const wanted = (Array.isArray(statusFilter) ? statusFilter : statusFilter ? [statusFilter] : [])
    .flatMap((value) => String(value).split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return wanted.length ? LEAD_STATUSES.filter((status) => wanted.includes(status)) : [...LEAD_STATUSES];
};

export type BoardCard = { id: string; status: LeadStatus };
export type Board<Card extends BoardCard> = Record<LeadStatus, { leads: Card[]; total: number }>;
export type BoardSlot = { status: LeadStatus; index: number };

/**
 * The board after moving one card from `source` to `destination` (indexes as @hello-pangea/dnd
 * reports them: the destination index counts the column without the moved card). A new object;
 * the input is left as it was so a failed API call can put it back.
 */
export const moveCard = <Card extends BoardCard>(board: Board<Card>, source: BoardSlot, destination: BoardSlot): Board<Card> => {
  const from = board[source.status];
  const card = from?.leads[source.index];
  if (!card) return board;
  const moved = { ...card, status: destination.status };

  if (source.status === destination.status) {
    const leads = from.leads.filter((_, i) => i !== source.index);
    leads.splice(destination.index, 0, moved);
    return { ...board, [source.status]: { ...from, leads } };
  }
  const to = board[destination.status];
  const toLeads = [...to.leads];
  toLeads.splice(destination.index, 0, moved);
  return {
    ...board,
    [source.status]: { leads: from.leads.filter((_, i) => i !== source.index), total: Math.max(0, from.total - 1) },
    [destination.status]: { leads: toLeads, total: to.total + 1 },
  };
};
