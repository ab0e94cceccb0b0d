import { addMonths, isAfter, LocalDate } from '../time/local-date';
import { PersonRole } from '../people/roles';

/**
 * The yearly renewal, one rule: a declaration is renewed within 12 months of the last one. It is
 * `due` once the last declaration is more than 11 months old (a month's notice, whatever the
 * time of year people joined), `overdue` once it is more than 12 months old, or when someone who
 * must declare never has. A rule by age rather than "every September" keeps a governor appointed
 * in June from being asked again three months later, and gives every reminder a fixed date.
 */
export const DECLARATION_DUE_AFTER_MONTHS = 11;
export const DECLARATION_OVERDUE_AFTER_MONTHS = 12;

/** The roles whose holders must declare their interests every year. */
export const DECLARING_ROLES: readonly PersonRole[] = ['governor', 'trustee'];

/** `not-required`: never declared and holds no role that must (a declaration is still welcome). */
export type DeclarationStatus = 'done' | 'due' | 'overdue' | 'not-required';

export interface DeclarationRenewal {
  status: DeclarationStatus;
  /** The day the renewal falls due (11 months on), null when never declared. */
  dueOn: LocalDate | null;
  /** The day after which it is overdue (12 months on), null when never declared. */
  overdueAfter: LocalDate | null;
}

export function mustDeclare(roles: readonly { role: PersonRole }[]): boolean {
  return roles.some((grant) => DECLARING_ROLES.includes(grant.role));
}

export function declarationRenewal(lastDeclaredOn: LocalDate | null, mustDeclareInterests: boolean, today: LocalDate): DeclarationRenewal {
  if (lastDeclaredOn === null) return { status: mustDeclareInterests ? 'overdue' : 'not-required', dueOn: null, overdueAfter: null };
  const dueOn = addMonths(lastDeclaredOn, DECLARATION_DUE_AFTER_MONTHS);
  const overdueAfter = addMonths(lastDeclaredOn, DECLARATION_OVERDUE_AFTER_MONTHS);
  const status = isAfter(today, overdueAfter) ? 'overdue' : isAfter(today, dueOn) ? 'due' : 'done';
  return { status, dueOn, overdueAfter };
}
