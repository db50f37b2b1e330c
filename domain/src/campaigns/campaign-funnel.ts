// How a campaign's counters follow its messages: each recipient's ledger row climbs a funnel
// (sent → delivered → opened → clicked, or responded), and a counter grows the first time a
// recipient reaches its stage. Late, repeated or out-of-order provider events never count twice.

export type FunnelStage = 'SENT' | 'DELIVERED' | 'OPENED' | 'CLICKED' | 'RESPONDED';

const RANK: Record<FunnelStage, number> = { SENT: 1, DELIVERED: 2, OPENED: 3, CLICKED: 4, RESPONDED: 5 };

export function isFunnelStage(status: string): status is FunnelStage {
  return Object.prototype.hasOwnProperty.call(RANK, status);
}

/** The stage a message's delivery status puts its recipient in (READ is an open). */
export function funnelStageOf(status: string): FunnelStage | null {
  if (status === 'READ') return 'OPENED';
  return isFunnelStage(status) ? status : null;
}

/** Whether a recipient at `current` moves on to `next` (forward only). */
export function climbsFunnel(current: string, next: FunnelStage): boolean {
  return isFunnelStage(current) && RANK[next] > RANK[current];
}

export interface FunnelIncrements {
  deliveredCount: number;
  openedCount: number;
  clickedCount: number;
  respondedCount: number;
}

/**
 * The counters to add when a recipient climbs from `from` to `to`. Any later stage proves delivery;
 * a click proves an open; a reply proves neither an open nor a click (an SMS has neither).
 */
export function funnelIncrements(from: FunnelStage, to: FunnelStage): FunnelIncrements {
  const crossed = (stage: FunnelStage) => RANK[from] < RANK[stage] && RANK[to] >= RANK[stage];
  return {
    deliveredCount: crossed('DELIVERED') ? 1 : 0,
    openedCount: crossed('OPENED') && to !== 'RESPONDED' ? 1 : 0,
    clickedCount: to === 'CLICKED' && RANK[from] < RANK.CLICKED ? 1 : 0,
    respondedCount: to === 'RESPONDED' ? 1 : 0,
  };
}
