import type Database from 'better-sqlite3';
import { actionSourceInWords, ActionSource, LocalDate } from '@governance/domain';
import type { ActionCounts, ActionItem, ActionStatus } from '@governance/contracts';

/** An action as the read model holds it; the owner's name is added by the API (names stay out of the log). */
export type ActionRow = Omit<ActionItem, 'ownerName'>;

export interface ActionFilter {
  status?: ActionStatus;
  ownerId?: string;
  schoolId?: string;
  /** The schools the reader may see; trust-level actions (no school) only with 'all'. */
  readable: 'all' | ReadonlySet<string>;
}

interface Row {
  action_id: string;
  school_id: string | null;
  title: string;
  owner_id: string;
  due_on: string;
  source_kind: ActionSource['kind'] | null;
  source_id: string | null;
  source_on: string | null;
  source_point: string | null;
  completed_on: string | null;
  note: string | null;
}

/**
 * Actions read as of a day: open until done; overdue when open and due before that day.
 * `status=open` lists every action not done (overdue ones too, each saying so).
 */
export class ActionsQuery {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      ofTrust: db.prepare('SELECT * FROM rm_actions WHERE trust_id = ? ORDER BY due_on, position, action_id'),
      ofOwner: db.prepare('SELECT * FROM rm_actions WHERE trust_id = ? AND owner_id = ? ORDER BY due_on, position, action_id'),
      one: db.prepare('SELECT * FROM rm_actions WHERE trust_id = ? AND action_id = ?'),
      fromSource: db.prepare('SELECT * FROM rm_actions WHERE trust_id = ? AND source_kind = ? AND source_id = ? ORDER BY due_on, position, action_id'),
    };
  }

  list(trustId: string, today: LocalDate, filter: ActionFilter): ActionRow[] {
    const rows = (filter.ownerId ? this.statements.ofOwner.all(trustId, filter.ownerId) : this.statements.ofTrust.all(trustId)) as Row[];
    return rows
      .filter((row) => (filter.schoolId === undefined || row.school_id === filter.schoolId) && readable(row.school_id, filter.readable))
      .map((row) => toItem(row, today))
      .filter((item) => matches(item.status, filter.status));
  }

  /** A person's own actions: open ones by due date, then those done, latest first. */
  ownedBy(trustId: string, personId: string, today: LocalDate): ActionRow[] {
    const items = (this.statements.ofOwner.all(trustId, personId) as Row[]).map((row) => toItem(row, today));
    const done = items.filter((item) => item.status === 'done').sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''));
    return [...items.filter((item) => item.status !== 'done'), ...done];
  }

  /** The actions a meeting opened (its id as their source), by due date, done ones included. */
  fromMeeting(trustId: string, meetingId: string, today: LocalDate): ActionRow[] {
    return (this.statements.fromSource.all(trustId, 'meeting', meetingId) as Row[]).map((row) => toItem(row, today));
  }

  one(trustId: string, actionId: string, today: LocalDate): ActionRow | undefined {
    const row = this.statements.one.get(trustId, actionId) as Row | undefined;
    return row && toItem(row, today);
  }

  /** Open and overdue actions as of `asOf`, per school and in all (trust-level ones count in the totals only). */
  counts(trustId: string, asOf: LocalDate): { bySchool: ReadonlyMap<string, ActionCounts>; total: ActionCounts } {
    const bySchool = new Map<string, ActionCounts>();
    const total: ActionCounts = { openActions: 0, overdueActions: 0 };
    for (const row of this.statements.ofTrust.all(trustId) as Row[]) {
      if (row.completed_on !== null && row.completed_on <= asOf) continue;
      const overdue = row.due_on < asOf ? 1 : 0;
      total.openActions += 1;
      total.overdueActions += overdue;
      if (row.school_id === null) continue;
      const counts = bySchool.get(row.school_id) ?? { openActions: 0, overdueActions: 0 };
      bySchool.set(row.school_id, { openActions: counts.openActions + 1, overdueActions: counts.overdueActions + overdue });
    }
    return { bySchool, total };
  }
}

function readable(schoolId: string | null, schools: 'all' | ReadonlySet<string>): boolean {
  return schools === 'all' || (schoolId !== null && schools.has(schoolId));
}

function matches(status: ActionStatus, wanted: ActionStatus | undefined): boolean {
  if (wanted === undefined) return true;
  if (wanted === 'open') return status !== 'done';
  return status === wanted;
}

function toItem(row: Row, today: LocalDate): ActionRow {
  const source: ActionSource | null =
    row.source_kind && row.source_id ? { kind: row.source_kind, id: row.source_id, on: row.source_on, point: row.source_point } : null;
  const status: ActionStatus = row.completed_on !== null ? 'done' : row.due_on < today ? 'overdue' : 'open';
  return {
    id: row.action_id,
    title: row.title,
    ownerId: row.owner_id,
    schoolId: row.school_id,
    dueOn: row.due_on,
    status,
    source,
    sourceInWords: actionSourceInWords(source),
    completedOn: row.completed_on,
    note: row.note,
  };
}
