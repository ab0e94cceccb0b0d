/**
 * The decider pattern: a command is decided against the state folded from a stream's
 * past events. Pure functions only: no I/O, no clock reads, no framework.
 */
export interface DomainEvent<Type extends string = string, Data extends object = Record<string, unknown>> {
  type: Type;
  data: Data;
}

/** Facts about the moment and the person deciding, supplied by the caller. */
export interface DecisionContext {
  /** The instant of the decision. */
  now: Date;
  /** Today's calendar date in Europe/London, `YYYY-MM-DD`. */
  today: string;
  /** Opaque id of the person (or the operator) issuing the command. */
  actorId: string;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State, context: DecisionContext): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds a stream's events into state. */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Compile-time exhaustiveness check for switches over command or event types. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
