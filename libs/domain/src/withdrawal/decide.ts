import { requireText } from '../input';
import { DecisionContext, Decider, DomainEvent } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import { EntryWithdrawn, isWithdrawableType } from './events';

/** The entry a withdrawal names, as the application found it in the trust's log (null: no such entry). */
export interface EntryToWithdraw {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}

export interface WithdrawEntry {
  type: 'WithdrawEntry';
  data: { entry: EntryToWithdraw | null; eventId: string; reason: unknown };
}

/** What a stream says about withdrawals: the ids of its entries already withdrawn. */
export interface WithdrawalState {
  withdrawn: readonly string[];
}

/**
 * Withdrawing an entry recorded by mistake. Who may (its author or a trust-wide admin) is the
 * access fact `own-entry-unless-trust-admin` (mayWithdrawEntry), checked by the handler, which
 * alone knows the actor; the rest is here: the entry must exist in the trust (404), be of a
 * kind that can be withdrawn (422 entry-not-withdrawable), not be withdrawn already (422
 * already-withdrawn), and the reason must be given (400).
 */
export function decideWithdrawal(
  command: WithdrawEntry,
  state: WithdrawalState,
  _context: DecisionContext,
): EntryWithdrawn[] {
  const given = command.data.reason;
  if (typeof given !== 'string' || given.trim() === '') {
    throw new InvalidValueError('reason', 'Say why this entry is being withdrawn: the reason is shown beside it in every history.');
  }
  const reason = requireText(given, 'reason', { max: 2000 });
  const { entry } = command.data;
  if (entry === null) throw new NotFoundError('Entry', command.data.eventId);
  if (!isWithdrawableType(entry.type)) {
    throw new DomainError(
      'entry-not-withdrawable',
      'Only a visit, report, review, adoption, equality impact assessment, evaluation, approval or training record can be withdrawn; change this entry with its own form instead.',
      { eventId: entry.eventId, type: entry.type },
    );
  }
  if (state.withdrawn.includes(entry.eventId)) {
    throw new DomainError(
      'already-withdrawn',
      'This entry has already been withdrawn; a withdrawal cannot be made twice or undone.',
      { eventId: entry.eventId },
    );
  }
  return [
    {
      type: 'EntryWithdrawn',
      data: { eventId: entry.eventId, entryType: entry.type, entry: entry.data, reason },
    },
  ];
}

export function evolveWithdrawals(state: WithdrawalState, event: DomainEvent): WithdrawalState {
  if (event.type !== 'EntryWithdrawn') return state;
  const { eventId } = (event as EntryWithdrawn).data;
  return { withdrawn: [...state.withdrawn, eventId] };
}

/**
 * Withdrawals on any stream that holds withdrawable entries (`schoolpolicy-…`, `policy-…`,
 * `linkgov-…`): folds only the EntryWithdrawn events, so "once only" is decided against the
 * stream's revision and two withdrawals at once cannot both append.
 */
export const withdrawalDecider: Decider<WithdrawEntry, EntryWithdrawn, WithdrawalState> = {
  decide: decideWithdrawal,
  evolve: evolveWithdrawals,
  initialState: () => ({ withdrawn: [] }),
};
