import { DomainError } from '../shared/domain-error';

/** The DomainError a rule throws, for specs of rules that are plain functions rather than deciders. */
export function refusal(check: () => unknown): DomainError {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the rule to refuse');
}
