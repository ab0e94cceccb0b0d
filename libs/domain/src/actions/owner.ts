import { requirePersonOfTrust } from '../people/person-of-trust';
import { PersonState } from '../people/person-state';

/** An action's owner must be a registered, not erased person of the trust (422 unknown-person naming ownerId). */
export function requireActionOwner(person: PersonState, ownerId: string, trustId: string): void {
  requirePersonOfTrust(person, ownerId, trustId, 'ownerId');
}
