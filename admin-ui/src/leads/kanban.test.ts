import { describe, expect, it } from '@jest/globals';
import { LEAD_STATUSES, LEAD_TRANSITIONS, type LeadStatus } from '@hospital-crm/domain';
import { boardStatuses, decideDrop, moveCard, type Board, type BoardCard } from './kanban';

describe('decideDrop', () => {
  it.each<[LeadStatus, LeadStatus, string]>([
    ['NEW', 'CONTACTED', 'allow'],
    ['NEW', 'QUALIFIED', 'allow'],
    ['QUALIFIED', 'NEW', 'allow'],
    ['APPOINTMENT_SCHEDULED', 'CONTACTED', 'allow'],
    ['LOST', 'NEW', 'allow'],
    ['LOST', 'CONTACTED', 'allow'],
    ['NEW', 'NEW', 'allow'],
    ['LOST', 'LOST', 'allow'],
    ['CONVERTED', 'CONVERTED', 'allow'],
    ['NEW', 'LOST', 'askReason'],
    ['APPOINTMENT_SCHEDULED', 'LOST', 'askReason'],
    ['NEW', 'CONVERTED', 'refuse:use_convert'],
    ['APPOINTMENT_SCHEDULED', 'CONVERTED', 'refuse:use_convert'],
    ['LOST', 'QUALIFIED', 'refuse:reopen_first'],
    ['LOST', 'APPOINTMENT_SCHEDULED', 'refuse:reopen_first'],
    ['LOST', 'CONVERTED', 'refuse:reopen_first'],
    ['CONVERTED', 'NEW', 'refuse:converted_is_final'],
    ['CONVERTED', 'LOST', 'refuse:converted_is_final'],
  ])('%s → %s: %s', (from, to, expected) => {
    const decision = decideDrop({ status: from }, to);
    expect(decision.kind === 'refuse' ? `refuse:${decision.reason}` : decision.kind).toBe(expected);
  });

  it('never lets a drop through that the pipeline forbids, nor a conversion', () => {
    for (const from of LEAD_STATUSES) {
      for (const to of LEAD_STATUSES) {
        const decision = decideDrop({ status: from }, to);
        if (from !== to && (!LEAD_TRANSITIONS.canMove(from, to) || to === 'CONVERTED')) {
          expect(decision.kind).toBe('refuse');
        }
      }
    }
  });

  it('explains a refusal with the statuses by their labels', () => {
    const decision = decideDrop({ status: 'LOST' }, 'QUALIFIED');
    expect(decision).toEqual({
      kind: 'refuse',
      reason: 'reopen_first',
      messageKey: 'resources.leads.kanban.refused.reopen_first',
      args: { from: 'Lost', to: 'Qualified', allowed: 'New or Contacted' },
    });
    const convert = decideDrop({ status: 'NEW' }, 'CONVERTED');
    expect(convert.kind === 'refuse' && convert.messageKey).toBe('resources.leads.kanban.refused.use_convert');
  });
});

describe('boardStatuses', () => {
  it('shows all six columns in pipeline order without a status filter', () => {
    expect(boardStatuses(undefined)).toEqual(['NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST']);
    expect(boardStatuses([])).toEqual([...LEAD_STATUSES]);
  });

  it('shows only the filtered statuses, still in pipeline order, ignoring unknown ones', () => {
    expect(boardStatuses(['LOST', 'NEW', 'BOGUS'])).toEqual(['NEW', 'LOST']);
    expect(boardStatuses('QUALIFIED,CONTACTED')).toEqual(['CONTACTED', 'QUALIFIED']);
  });
});

describe('moveCard', () => {
  type Card = BoardCard & { name: string };
  const card = (id: string, status: LeadStatus): Card => ({ id, status, name: id });
  const board = (): Board<Card> => {
    const empty = Object.fromEntries(LEAD_STATUSES.map((s) => [s, { leads: [], total: 0 }])) as unknown as Board<Card>;
    return {
      ...empty,
      NEW: { leads: [card('a', 'NEW'), card('b', 'NEW'), card('c', 'NEW')], total: 7 },
      CONTACTED: { leads: [card('d', 'CONTACTED')], total: 1 },
    };
  };
  const ids = (b: Board<Card>, status: LeadStatus) => b[status].leads.map((l) => l.id);

  it('moves a card to another column at the drop index, with its new status and both totals', () => {
    const before = board();
    const after = moveCard(before, { status: 'NEW', index: 1 }, { status: 'CONTACTED', index: 0 });
    expect(ids(after, 'NEW')).toEqual(['a', 'c']);
    expect(ids(after, 'CONTACTED')).toEqual(['b', 'd']);
    expect(after.CONTACTED.leads[0].status).toBe('CONTACTED');
    expect(after.NEW.total).toBe(6);
    expect(after.CONTACTED.total).toBe(2);
    // the board before the move is untouched, so a failed call can restore it
    expect(ids(before, 'NEW')).toEqual(['a', 'b', 'c']);
    expect(before.NEW.leads[1].status).toBe('NEW');
  });

  it('appends at the end of a column', () => {
    const after = moveCard(board(), { status: 'NEW', index: 0 }, { status: 'CONTACTED', index: 1 });
    expect(ids(after, 'CONTACTED')).toEqual(['d', 'a']);
  });

  it('reorders inside a column without touching its total', () => {
    const after = moveCard(board(), { status: 'NEW', index: 0 }, { status: 'NEW', index: 2 });
    expect(ids(after, 'NEW')).toEqual(['b', 'c', 'a']);
    expect(after.NEW.total).toBe(7);
  });

  it('leaves the board as it is when the source slot is empty', () => {
    const before = board();
    expect(moveCard(before, { status: 'QUALIFIED', index: 0 }, { status: 'NEW', index: 0 })).toBe(before);
  });
});
