import { Actor } from '../actor';

export type PersonActor = Extract<Actor, { kind: 'person' }>;

/** Self-service routes have person-scoped access entries ('own-person'); this narrows the type for the handlers behind them. */
export function signedInPerson(actor: Actor): PersonActor {
  if (actor.kind !== 'person') throw new Error('A self-service command needs a signed-in person');
  return actor;
}
