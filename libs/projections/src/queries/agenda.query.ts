import type Database from 'better-sqlite3';
import {
  addDays,
  AgendaItem,
  Approver,
  DelegationRule,
  expectedApprover,
  isAfter,
  LocalDate,
  londonToday,
  MeetingBody,
  termLabel,
  TermId,
} from '@governance/domain';
import type { RegisterRow } from '@governance/contracts';
import type { TrustPolicyFacts } from '../read-models/policy-register.projection';
import { ActionsQuery } from './actions.query';
import { PolicyRegisterQuery } from './policy-register.query';
import { SchoolsQuery } from './schools.query';

/** The meeting an agenda is for. */
export interface AgendaMeeting {
  id: string;
  trustId: string;
  body: MeetingBody;
  schoolId: string | null;
  committee: string | null;
  date: LocalDate;
}

/** Without a previous meeting of the body, reports of this many days before the meeting count as new. */
export const AGENDA_LOOKBACK_DAYS = 365;

const EIA_ATTENTION = new Set(['missing', 'out-of-date', 'full-assessment-required']);
const EIA_WORDS: Record<string, string> = { missing: 'missing', 'out-of-date': 'out of date', 'full-assessment-required': 'a full assessment is required' };

interface CatalogueRow {
  policy_id: string;
  title: string;
  scope: 'trust' | 'school';
  approver: Approver;
  category: string | null;
  current_version: number | null;
  trust_facts: string;
}

/**
 * What is due for a body by its meeting's date, as agenda items in the order an agenda takes
 * them: policies to approve (or adopt), policies to review, EIAs of the body's policies that are
 * missing or out of date, link governor reports and the headteacher's termly report received
 * since the body's previous meeting, then the open actions (overdue ones marked). Which body
 * approves and reviews a policy at a school is the scheme of delegation's answer (the policy's
 * own approver without a rule). A local governing body sees its academy; the trust board and
 * committees the whole trust.
 */
export class AgendaQuery {
  private readonly registers: PolicyRegisterQuery;
  private readonly schools: SchoolsQuery;
  private readonly actions: ActionsQuery;
  private readonly statements;

  constructor(db: Database.Database) {
    this.registers = new PolicyRegisterQuery(db);
    this.schools = new SchoolsQuery(db);
    this.actions = new ActionsQuery(db);
    this.statements = {
      scheme: db.prepare('SELECT rules FROM rm_delegation_schemes WHERE trust_id = ?'),
      catalogue: db.prepare(
        'SELECT policy_id, title, scope, approver, category, current_version, trust_facts FROM rm_policies WHERE trust_id = ? AND retired = 0',
      ),
      previous: db.prepare(
        `SELECT date FROM rm_meetings WHERE trust_id = @trustId AND body = @body AND school_id IS @schoolId AND committee IS @committee
           AND cancelled = 0 AND date < @date AND meeting_id <> @id ORDER BY date DESC LIMIT 1`,
      ),
      reports: db.prepare(
        `SELECT school_id, governor_id, term, summary, reported_at, position FROM rm_governor_reports WHERE trust_id = ? ORDER BY reported_at, position`,
      ),
      // The meeting's own policy decisions: what it decided was on its agenda, even once no longer due.
      decided: db.prepare(
        `SELECT d.kind, d.policy_id AS policyId, d.school_id AS schoolId, d.version, p.title FROM rm_meeting_decisions d
         JOIN rm_policies p ON p.policy_id = d.policy_id WHERE d.meeting_id = ? ORDER BY d.position`,
      ),
      termly: db.prepare(
        'SELECT school_id, term, submission, summary, submitted_by, submitted_at FROM rm_termly_reports WHERE trust_id = ? ORDER BY submission',
      ),
    };
  }

  /** The date of the body's previous meeting (not cancelled), or null when this is its first. */
  previousMeetingDate(meeting: AgendaMeeting): LocalDate | null {
    const row = this.statements.previous.get({ ...meeting }) as { date: string } | undefined;
    return row?.date ?? null;
  }

  /** The items due for the meeting's body by its date. */
  due(meeting: AgendaMeeting): AgendaItem[] {
    const since = this.previousMeetingDate(meeting) ?? addDays(meeting.date, -AGENDA_LOOKBACK_DAYS);
    const schoolIds = meeting.schoolId !== null ? [meeting.schoolId] : this.schools.schoolsOf(meeting.trustId).map((s) => s.id);
    const inScope = new Set(schoolIds);
    return [
      ...this.policyItems(meeting, schoolIds),
      ...this.reportItems(meeting, inScope, since),
      ...this.actionItems(meeting),
    ];
  }

  private policyItems(meeting: AgendaMeeting, schoolIds: readonly string[]): AgendaItem[] {
    const stored = this.statements.scheme.get(meeting.trustId) as { rules: string } | undefined;
    const rules = stored ? (JSON.parse(stored.rules) as DelegationRule[]) : [];
    const catalogue = new Map((this.statements.catalogue.all(meeting.trustId) as CatalogueRow[]).map((row) => [row.policy_id, row]));
    const bodyOf = (policy: CatalogueRow, schoolId: string | null) =>
      expectedApprover(rules, { policyId: policy.policy_id, category: policy.category, schoolId, policyApprover: policy.approver });
    const ours = (policy: CatalogueRow, schoolId: string | null) => bodyOf(policy, schoolId) === meeting.body;
    const approvals = new Map<string, AgendaItem>();
    const reviews = new Map<string, AgendaItem>();
    const eias: AgendaItem[] = [];
    const item = (fields: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'kind' | 'title'>): AgendaItem => ({
      details: null,
      schoolId: null,
      policyId: null,
      personId: null,
      on: null,
      overdue: false,
      ...fields,
    });

    // The trust's own approvals of trust-wide policies: a drafted version newer than any approved.
    for (const policy of catalogue.values()) {
      if (policy.scope !== 'trust' || policy.current_version === null || !ours(policy, null)) continue;
      const approved = (JSON.parse(policy.trust_facts) as TrustPolicyFacts).approvals.map((a) => a.version);
      if (policy.current_version <= Math.max(0, ...approved)) continue;
      const id = `approval:${policy.policy_id}`;
      approvals.set(id, item({ id, kind: 'policy-approval', title: `Approve version ${policy.current_version} of “${policy.title}”`, policyId: policy.policy_id }));
    }
    const registers = this.registers.trustRegisters(meeting.trustId, schoolIds, meeting.date);
    for (const schoolId of schoolIds) {
      for (const row of registers.get(schoolId) ?? []) {
        const policy = catalogue.get(row.policyId);
        if (!policy) continue;
        const level = row.scope === 'trust' ? null : schoolId;
        const atSchool = ours(policy, schoolId);
        // A school's adoption: a school policy drafted anew, or a trust policy approved in a version the school has not adopted.
        const waiting = row.scope === 'school' ? (row.currentVersion ?? 0) : Math.max(0, ...(JSON.parse(policy.trust_facts) as TrustPolicyFacts).approvals.map((a) => a.version));
        if (atSchool && waiting > (row.adoptedVersion ?? 0)) {
          const id = `adoption:${row.policyId}:${schoolId}`;
          approvals.set(id, item({ id, kind: 'policy-approval', title: `Adopt version ${waiting} of “${row.title}”`, schoolId, policyId: row.policyId }));
        }
        if (ours(policy, level) && reviewDue(row, meeting.date)) {
          const id = level === null ? `review:${row.policyId}` : `review:${row.policyId}:${schoolId}`;
          const overdue = row.status === 'overdue' || (row.nextReviewDue !== null && row.nextReviewDue < meeting.date);
          if (!reviews.has(id)) {
            reviews.set(id, item({ id, kind: 'policy-review', title: `Review “${row.title}”`, schoolId: level, policyId: row.policyId, on: row.nextReviewDue, overdue }));
          }
        }
        if (atSchool && row.adoptedVersion !== null && EIA_ATTENTION.has(row.eia)) {
          const id = `eia:${row.policyId}:${schoolId}`;
          eias.push(item({ id, kind: 'eia', title: `Equality impact assessment of “${row.title}”: ${EIA_WORDS[row.eia]}`, schoolId, policyId: row.policyId }));
        }
      }
    }
    for (const decision of this.statements.decided.all(meeting.id) as DecidedRow[]) {
      const fields = { schoolId: decision.schoolId, policyId: decision.policyId };
      if (decision.kind === 'approve-policy') {
        const id = `approval:${decision.policyId}`;
        if (!approvals.has(id)) approvals.set(id, item({ id, kind: 'policy-approval', title: `Approve version ${decision.version} of “${decision.title}”`, ...fields }));
      } else if (decision.kind === 'adopt-policy') {
        const id = `adoption:${decision.policyId}:${decision.schoolId}`;
        if (!approvals.has(id)) approvals.set(id, item({ id, kind: 'policy-approval', title: `Adopt version ${decision.version} of “${decision.title}”`, ...fields }));
      } else {
        const id = decision.schoolId === null ? `review:${decision.policyId}` : `review:${decision.policyId}:${decision.schoolId}`;
        if (!reviews.has(id)) reviews.set(id, item({ id, kind: 'policy-review', title: `Review “${decision.title}”`, ...fields }));
      }
    }
    const byTitle = (a: AgendaItem, b: AgendaItem) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
    return [...[...approvals.values()].sort(byTitle), ...[...reviews.values()].sort(byTitle), ...eias.sort(byTitle)];
  }

  private reportItems(meeting: AgendaMeeting, inScope: ReadonlySet<string>, since: LocalDate): AgendaItem[] {
    const received = (at: string) => {
      const on = londonToday(new Date(at));
      return isAfter(on, since) && !isAfter(on, meeting.date) ? on : null;
    };
    const reports = (this.statements.reports.all(meeting.trustId) as RawReport[]).flatMap((row): AgendaItem[] => {
      const on = received(row.reported_at);
      if (on === null || !inScope.has(row.school_id)) return [];
      return [
        {
          id: `report:${row.position}`,
          kind: 'link-governor-report',
          title: `Link governor's report, ${termLabel(row.term as TermId)}`,
          details: row.summary,
          schoolId: row.school_id,
          policyId: null,
          personId: row.governor_id,
          on,
          overdue: false,
        },
      ];
    });
    // The latest submission of each school's report for a term.
    const latest = new Map<string, RawTermly>();
    for (const row of this.statements.termly.all(meeting.trustId) as RawTermly[]) latest.set(`${row.school_id}#${row.term}`, row);
    const termly = [...latest.values()].flatMap((row): AgendaItem[] => {
      const on = received(row.submitted_at);
      if (on === null || !inScope.has(row.school_id)) return [];
      return [
        {
          id: `termly:${row.school_id}:${row.term}`,
          kind: 'termly-report',
          title: `Headteacher's report, ${termLabel(row.term as TermId)}`,
          details: row.summary,
          schoolId: row.school_id,
          policyId: null,
          personId: row.submitted_by,
          on,
          overdue: false,
        },
      ];
    });
    return [...reports, ...termly.sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''))];
  }

  /**
   * Actions open on the meeting date: of the body's academy and trust-wide ones for a local
   * governing body; all for the others. Not those the meeting itself set: they are for the next one.
   */
  private actionItems(meeting: AgendaMeeting): AgendaItem[] {
    return this.actions
      .list(meeting.trustId, meeting.date, { status: 'open', readable: 'all' })
      .filter((action) => meeting.schoolId === null || action.schoolId === null || action.schoolId === meeting.schoolId)
      .filter((action) => !(action.source?.kind === 'meeting' && action.source.id === meeting.id))
      .map((action) => ({
        id: `action:${action.id}`,
        kind: 'action' as const,
        title: action.title,
        details: action.sourceInWords,
        schoolId: action.schoolId,
        policyId: null,
        personId: action.ownerId,
        on: action.dueOn,
        overdue: action.status === 'overdue',
      }));
  }
}

/** A review is due when it is overdue, or falls due by the meeting date. */
function reviewDue(row: RegisterRow, date: LocalDate): boolean {
  if (row.status === 'overdue') return true;
  return row.adoptedVersion !== null && row.nextReviewDue !== null && !isAfter(row.nextReviewDue, date);
}

interface DecidedRow {
  kind: 'approve-policy' | 'review-policy' | 'adopt-policy';
  policyId: string;
  schoolId: string | null;
  version: number | null;
  title: string;
}
interface RawReport {
  school_id: string;
  governor_id: string;
  term: string;
  summary: string;
  reported_at: string;
  position: number;
}
interface RawTermly {
  school_id: string;
  term: string;
  submission: number;
  summary: string;
  submitted_by: string;
  submitted_at: string;
}
