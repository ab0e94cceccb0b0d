import { requireChoice, requireText } from '../input';
import { LinkGovernorVisitLoggedData } from '../link-governance/events';
import { PolicyEvaluatedData } from '../school-policy/events';
import { DomainError, InvalidValueError } from '../shared/domain-error';
import { ActionSource, ActionSourceKind, actionSourceKinds } from './events';

/** A source as a request names it: `{kind, id}`. */
export interface ActionSourceRef {
  kind: ActionSourceKind;
  id: string;
}

/** Reads `source` from a request: absent or null is no source; otherwise `{kind, id}`. */
export function parseActionSourceRef(input: unknown): ActionSourceRef | null {
  if (input === undefined || input === null) return null;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidValueError('source', 'source must be {kind, id}: kind visit, meeting or evaluation, and the id of that record.');
  }
  const raw = input as Record<string, unknown>;
  return {
    kind: requireChoice(raw.kind, actionSourceKinds, 'source.kind'),
    id: requireText(raw.id, 'source.id', { max: 200 }),
  };
}

/** The log's entry a visit or evaluation source names, as the application found it in the trust (null: none). */
export interface SourceEntry {
  type: string;
  schoolId: string | null;
  data: Record<string, unknown>;
}

const SOURCE_WORDS = { visit: 'link governor visit', meeting: 'meeting', evaluation: 'policy evaluation' } as const;

/** The source once checked, and the school it belongs to (a meeting of the board or a committee has none). */
export interface CheckedSource {
  source: ActionSource;
  schoolId: string | null;
  /** For a visit: the link governor whose visit it was (they may open actions from it). */
  governorId: string | null;
}

/**
 * Checks a source against the trust's log. A visit source is a LinkGovernorVisitLogged event id;
 * an evaluation source is a PolicyEvaluated event id, and the action follows up the point given
 * in `point` (one the evaluation answered "no"), or its only "no" point when it had one.
 * A meeting source is a meeting of the trust (the application gives it as a MeetingScheduled entry
 * with the meeting's school and current date); a local governing body's meeting is of its school.
 * Anything not found, of another kind, or of another school than the action's: 422 unknown-source.
 */
export function checkActionSource(
  ref: ActionSourceRef,
  entry: SourceEntry | null,
  schoolId: string | null,
  point: string | null = null,
): CheckedSource {
  const expectedType = ref.kind === 'visit' ? 'LinkGovernorVisitLogged' : ref.kind === 'meeting' ? 'MeetingScheduled' : 'PolicyEvaluated';
  if (!entry || entry.type !== expectedType) {
    throw new DomainError('unknown-source', `source.id does not name a ${SOURCE_WORDS[ref.kind]} recorded in this trust.`, { source: ref });
  }
  if (schoolId !== null && entry.schoolId !== null && entry.schoolId !== schoolId) {
    throw new DomainError('source-of-another-school', `That ${ref.kind} was at another school than the one this action is for; leave schoolId out or name the ${ref.kind}'s school.`, { source: ref, schoolId });
  }
  const atSchool = schoolId ?? entry.schoolId;
  if (ref.kind === 'meeting') {
    // A meeting of the trust board or a committee (no school) may set an action for any school.
    const meeting = entry.data as { date?: unknown };
    return { source: { kind: 'meeting', id: ref.id, on: typeof meeting.date === 'string' ? meeting.date : null, point: null }, schoolId: atSchool, governorId: null };
  }
  if (ref.kind === 'visit') {
    const visit = entry.data as unknown as LinkGovernorVisitLoggedData;
    return { source: { kind: 'visit', id: ref.id, on: visit.visitedOn, point: null }, schoolId: atSchool, governorId: visit.governorId };
  }
  const evaluation = entry.data as unknown as PolicyEvaluatedData;
  return { source: { kind: 'evaluation', id: ref.id, on: evaluation.evaluatedOn, point: answeredNo(evaluation, point) }, schoolId: atSchool, governorId: null };
}

/** The "no" point an evaluation action follows up: the one named, or the only one there is. */
function answeredNo(evaluation: PolicyEvaluatedData, point: string | null): string | null {
  const noPoints = evaluation.checklist.filter((item) => item.answer === 'no').map((item) => item.point);
  if (point === null) {
    if (noPoints.length === 0) {
      throw new DomainError('no-no-answer', 'That evaluation answered no point "no"; an action follows up a point answered "no".', {});
    }
    return noPoints.length === 1 ? noPoints[0] : null;
  }
  const named = noPoints.find((p) => p.toLowerCase() === point.trim().toLowerCase());
  if (!named) {
    throw new DomainError('point-not-answered-no', `“${point}” is not a point that evaluation answered "no"; name one of: ${noPoints.join('; ') || 'none'}.`, { point });
  }
  return named;
}
