import { canAdvanceDelivery, isAwaitingSend } from './delivery-status';

describe('canAdvanceDelivery', () => {
  it.each([
    ['QUEUED', 'SENT', true],
    ['SENT', 'DELIVERED', true],
    ['SENT', 'READ', true],
    ['DELIVERED', 'READ', true],
    ['READ', 'RESPONDED', true],
    ['DELIVERED', 'DELIVERED', false],
    ['READ', 'DELIVERED', false],
    ['RESPONDED', 'READ', false],
    ['SENT', 'FAILED', true],
    ['QUEUED', 'FAILED', true],
    ['DELIVERED', 'FAILED', false],
    ['FAILED', 'DELIVERED', false],
    ['CANCELLED', 'SENT', false],
    ['LOGGED', 'RESPONDED', false],
  ] as const)('%s -> %s is %s', (from, to, allowed) => {
    expect(canAdvanceDelivery(from, to)).toBe(allowed);
  });
});

describe('isAwaitingSend', () => {
  it('is true only before the message went out', () => {
    expect(isAwaitingSend('SCHEDULED')).toBe(true);
    expect(isAwaitingSend('QUEUED')).toBe(true);
    expect(isAwaitingSend('SENT')).toBe(false);
    expect(isAwaitingSend('CANCELLED')).toBe(false);
  });
});
