import { defineTransitions, IllegalTransitionError } from './state-machine';

type Door = 'OPEN' | 'CLOSED' | 'LOCKED' | 'BROKEN';
const door = defineTransitions<Door>({ OPEN: ['CLOSED', 'BROKEN'], CLOSED: ['OPEN', 'LOCKED'], LOCKED: ['CLOSED'], BROKEN: [] }, 'door');

describe('defineTransitions', () => {
  it.each<[Door, Door, boolean]>([
    ['OPEN', 'CLOSED', true],
    ['CLOSED', 'LOCKED', true],
    ['OPEN', 'LOCKED', false],
    ['OPEN', 'OPEN', false],
    ['BROKEN', 'OPEN', false],
  ])('%s → %s allowed: %p', (from, to, allowed) => {
    expect(door.canMove(from, to)).toBe(allowed);
    if (allowed) expect(() => door.assertMove(from, to)).not.toThrow();
    else expect(() => door.assertMove(from, to)).toThrow(IllegalTransitionError);
  });

  it.each<[Door, Door[], boolean]>([
    ['OPEN', ['CLOSED', 'BROKEN'], false],
    ['LOCKED', ['CLOSED'], false],
    ['BROKEN', [], true],
  ])('from %s the next states are %p (final: %p)', (from, next, final) => {
    expect(door.nextStates(from)).toEqual(next);
    expect(door.isFinal(from)).toBe(final);
  });

  it('explains a refused move with entity, from and to', () => {
    const error = catchError(() => door.assertMove('BROKEN', 'OPEN'));
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'IllegalTransitionError',
      entity: 'door',
      from: 'BROKEN',
      to: 'OPEN',
      message: 'A door cannot move from BROKEN to OPEN',
    });
  });

  it.each([
    ['entity', 'An entity cannot move from A to B'],
    ['record', 'A record cannot move from A to B'],
  ])('uses the right article for "%s"', (entity, message) => {
    expect(new IllegalTransitionError(entity, 'A', 'B').message).toBe(message);
  });

  it.each(['ajar', 'constructor', '__proto__'])('treats an unknown state %p (e.g. from a stale row) as having no moves', (state) => {
    const unknown = state as Door;
    expect(door.canMove(unknown, 'OPEN')).toBe(false);
    expect(door.nextStates(unknown)).toEqual([]);
    expect(() => door.assertMove(unknown, 'OPEN')).toThrow(`A door cannot move from ${state} to OPEN`);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(door.table)).toBe(true);
  });
});

function catchError(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}
