import { optionalRecordDate, requireRecordDate, requireText } from '../input';
import { DecisionContext } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { isBefore, LocalDate } from '../time/local-date';
import { refuseFutureDate } from '../time/not-in-future';
import { DeclaredInterest, InterestsEvent, InterestsState } from './events';
import { INTEREST_KINDS, InterestKind } from './kinds';

/** The most interests one declaration may list (a register row each). */
export const MAX_INTERESTS_PER_DECLARATION = 50;

/**
 * Declare interests (stream `interests-{trustId}`). The person is checked by the application
 * (a registered, not erased person of the trust) and who may send it by the access table
 * (`own-record-or-clerk`, mayRecordFor).
 */
export interface DeclareInterests {
  type: 'DeclareInterests';
  data: { trustId: string; personId: string; recordId: string; declaredOn: unknown; interests: unknown };
}

/** A declaration checked: its date (not after today) and its interests with their descriptions. */
export interface CheckedDeclaration {
  declaredOn: LocalDate;
  interests: DeclaredInterest[];
}

export type InterestsCommand = DeclareInterests;

export function decideInterests(command: InterestsCommand, _state: InterestsState, context: DecisionContext): InterestsEvent[] {
  const { data } = command;
  const { declaredOn, interests } = checkDeclaration(data, context.today);
  const logged = interests.map(({ kind, from, to }) => ({ kind, from, to }));
  return [{ type: 'InterestsDeclared', data: { trustId: data.trustId, personId: data.personId, recordId: data.recordId, declaredOn, interests: logged, declaredBy: context.actorId } }];
}

/** The checks a declaration must pass; the application also runs them before keeping the descriptions. */
export function checkDeclaration(input: { declaredOn: unknown; interests: unknown }, today: LocalDate): CheckedDeclaration {
  const declaredOn = requireRecordDate(input.declaredOn, 'declaredOn');
  refuseFutureDate(declaredOn, 'declaredOn', today);
  return { declaredOn, interests: parseInterests(input.interests) };
}

/** The list as declared: each interest a known kind with a description; `to` not before `from`. */
export function parseInterests(value: unknown): DeclaredInterest[] {
  if (!Array.isArray(value)) throw new InvalidValueError('interests', 'interests must be a list (an empty list means nothing to declare).');
  if (value.length > MAX_INTERESTS_PER_DECLARATION) {
    throw new InvalidValueError('interests', `interests may list at most ${MAX_INTERESTS_PER_DECLARATION} interests.`);
  }
  return value.map((item: unknown, index) => parseInterest(item, `interests[${index}]`));
}

function parseInterest(item: unknown, at: string): DeclaredInterest {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new InvalidValueError(at, `${at} must be an object with kind and description.`);
  }
  const fields = item as Record<string, unknown>;
  const kind = parseInterestKind(fields.kind, `${at}.kind`);
  const description = requireText(fields.description, `${at}.description`, { max: 500 });
  const from = optionalRecordDate(fields.from, `${at}.from`);
  const to = optionalRecordDate(fields.to, `${at}.to`);
  refuseEndBeforeStart(from, to, at);
  return { kind, description, from, to };
}

export function parseInterestKind(value: unknown, field: string): InterestKind {
  if (typeof value === 'string' && (INTEREST_KINDS as readonly string[]).includes(value)) return value as InterestKind;
  throw new InvalidValueError(field, `${field} must be one of ${INTEREST_KINDS.join(', ')}.`);
}

function refuseEndBeforeStart(from: LocalDate | null, to: LocalDate | null, at: string): void {
  if (from !== null && to !== null && isBefore(to, from)) {
    throw new InvalidValueError(`${at}.to`, `${at}.to (${to}) is before ${at}.from (${from}); an interest cannot end before it starts.`);
  }
}
