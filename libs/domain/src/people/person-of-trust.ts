import { DomainError } from '../shared/domain-error';
import { PersonState, RegisteredPerson } from './person-state';

/**
 * A person another record names (a link governor, a policy owner) must be a registered,
 * not erased person of the same trust; anything else is the same 422 `unknown-person`.
 */
export function requirePersonOfTrust(person: PersonState, personId: string, trustId: string, field = 'personId'): RegisteredPerson {
  if (!person.exists || person.trustId !== trustId || person.erased) {
    throw new DomainError('unknown-person', `${field} does not name a person of this trust.`, { [field]: personId });
  }
  return person;
}
