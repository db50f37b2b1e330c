import { climbsFunnel, funnelIncrements, funnelStageOf } from './campaign-funnel';

describe('campaign funnel', () => {
  it.each([
    ['SENT', 'DELIVERED', { deliveredCount: 1, openedCount: 0, clickedCount: 0, respondedCount: 0 }],
    ['SENT', 'OPENED', { deliveredCount: 1, openedCount: 1, clickedCount: 0, respondedCount: 0 }],
    ['DELIVERED', 'OPENED', { deliveredCount: 0, openedCount: 1, clickedCount: 0, respondedCount: 0 }],
    ['SENT', 'CLICKED', { deliveredCount: 1, openedCount: 1, clickedCount: 1, respondedCount: 0 }],
    ['OPENED', 'CLICKED', { deliveredCount: 0, openedCount: 0, clickedCount: 1, respondedCount: 0 }],
    ['SENT', 'RESPONDED', { deliveredCount: 1, openedCount: 0, clickedCount: 0, respondedCount: 1 }],
    ['CLICKED', 'RESPONDED', { deliveredCount: 0, openedCount: 0, clickedCount: 0, respondedCount: 1 }],
  ] as const)('%s → %s adds %o', (from, to, expected) => {
    expect(funnelIncrements(from, to)).toEqual(expected);
  });

  it('only climbs forward, and only from a funnel stage', () => {
    expect(climbsFunnel('DELIVERED', 'OPENED')).toBe(true);
    expect(climbsFunnel('OPENED', 'DELIVERED')).toBe(false);
    expect(climbsFunnel('OPENED', 'OPENED')).toBe(false);
    expect(climbsFunnel('FAILED', 'DELIVERED')).toBe(false);
    expect(climbsFunnel('SKIPPED', 'DELIVERED')).toBe(false);
  });

  it('reads a message status as a stage', () => {
    expect(funnelStageOf('READ')).toBe('OPENED');
    expect(funnelStageOf('DELIVERED')).toBe('DELIVERED');
    expect(funnelStageOf('FAILED')).toBeNull();
  });
});
