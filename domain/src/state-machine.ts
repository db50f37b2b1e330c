// A transition table plus the three questions every caller asks of it.

export class IllegalTransitionError extends Error {
  override readonly name: string = 'IllegalTransitionError';

  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    detail?: string,
  ) {
    super(`${article(entity)} ${entity} cannot move from ${from} to ${to}${detail ? `: ${detail}` : ''}`);
  }
}

export interface TransitionMachine<S extends string> {
  readonly entity: string;
  readonly table: Readonly<Record<S, readonly S[]>>;
  canMove(from: S, to: S): boolean;
  nextStates(from: S): readonly S[];
  /** True when nothing can follow `state` (e.g. a converted lead). */
  isFinal(state: S): boolean;
  assertMove(from: S, to: S): void;
}

const NONE: readonly never[] = Object.freeze([]);

export function defineTransitions<S extends string>(table: Record<S, readonly S[]>, entity = 'record'): TransitionMachine<S> {
  const frozen = Object.freeze({ ...table }) as Readonly<Record<S, readonly S[]>>;
  // Callers pass values read from requests or rows; unknown states simply have no moves.
  const next = (from: S): readonly S[] => (Object.prototype.hasOwnProperty.call(frozen, from) ? frozen[from] : NONE);
  return {
    entity,
    table: frozen,
    canMove: (from, to) => next(from).includes(to),
    nextStates: next,
    isFinal: (state) => next(state).length === 0,
    assertMove(from, to) {
      if (!next(from).includes(to)) throw new IllegalTransitionError(entity, from, to);
    },
  };
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'An' : 'A';
}
