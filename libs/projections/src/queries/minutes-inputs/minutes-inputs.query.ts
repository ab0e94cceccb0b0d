import type Database from 'better-sqlite3';
import {
  ChecklistItem,
  IncidentCounts,
  LocalDate,
  TermCalendar,
  TermId,
  isAfter,
  latestDate,
  londonToday,
  nextTerm,
  previousTerm,
  tallyChecklist,
  termLabel,
} from '@governance/domain';
import { auditKey, auditText } from '../../read-models/audit-trail.projection';
import type { SchoolPolicyFacts, TrustPolicyFacts } from '../../read-models/policy-register.projection';
import { countUp } from '../compliance.query';
import { PolicyRegisterQuery, RegisterRow } from '../policy-register.query';
import { SchoolsQuery } from '../schools.query';
import { CataloguePolicy, schoolDecisions, trustDecisions } from './decisions';
import { AssignmentRow, linkGovernance } from './link-governance';
import { PolicyEventRow, policyActionsBetween } from './policy-actions';
import { eiasNeedingAttention, overdueReviews, reviewsDue } from './reviews-due';
import { compareIncidents } from './termly-report';
import type {
  EvaluationInputs,
  GovernorReportInputs,
  MinutesInputs,
  PersonRef,
  SchoolMinutesInputs,
  SchoolOverview,
  TermInfo,
  TermlyReportInputs,
  VisitInputs,
} from './types';

export interface MinutesInputsRequest {
  trustId: string;
  term: TermId;
  /** A school's local governing body; absent for the trust board across all academies. */
  schoolId?: string | null;
  /** Today: statuses are assessed on it, or on the term's last day for a past term. */
  today: LocalDate;
  calendar?: TermCalendar;
  /** A person's display name (names live in the people directory, not the read models). */
  nameOf?: (personId: string) => string;
}

interface PolicyRow {
  policy_id: string;
  title: string;
  scope: 'trust' | 'school';
  approver: CataloguePolicy['approver'];
  current_version: number | null;
  retired: number;
  trust_facts: string;
}

/**
 * The facts of the clerk's termly pack, read from the read models: the policy register facts,
 * the audit trail (approvals with their minute references, version summaries), governor
 * activity and termly reports.
 */
export class MinutesInputsQuery {
  private readonly registers: PolicyRegisterQuery;
  private readonly schools: SchoolsQuery;
  private readonly statements;

  constructor(db: Database.Database) {
    this.registers = new PolicyRegisterQuery(db);
    this.schools = new SchoolsQuery(db);
    this.statements = {
      policies: db.prepare(
        `SELECT policy_id, title, scope, approver, current_version, retired, trust_facts FROM rm_policies
         WHERE trust_id = ? ORDER BY title COLLATE NOCASE, policy_id`,
      ),
      schoolFacts: db.prepare('SELECT school_id, policy_id, facts FROM rm_school_policies WHERE trust_id = ?'),
      // The day the body decided, kept beside each decision by the audit trail.
      policyEvents: db.prepare(
        `SELECT type, data, ${auditText('actor')} AS actor_id FROM audit_decisions
         WHERE trust = ${auditKey('@trustId')} AND type IN ('PolicyApproved', 'PolicyAdopted', 'PolicyReviewed')
           AND decided_on BETWEEN @from AND @to
         ORDER BY position`,
      ),
      versions: db.prepare(
        `SELECT json_extract(data, '$.policyId') AS policy_id, json_extract(data, '$.version') AS version,
           json_extract(data, '$.summary') AS summary
         FROM audit_decisions WHERE trust = ${auditKey('?')} AND type = 'PolicyVersionDrafted'`,
      ),
      visits: db.prepare(
        `SELECT school_id, governor_id, visited_on, purpose, findings, policy_ids, actions FROM rm_governor_visits
         WHERE trust_id = ? AND visited_on BETWEEN ? AND ? ORDER BY visited_on, position`,
      ),
      reports: db.prepare(
        `SELECT school_id, governor_id, summary, policy_ids, recommendations, reported_at FROM rm_governor_reports
         WHERE trust_id = ? AND term = ? ORDER BY position`,
      ),
      assignments: db.prepare(
        'SELECT school_id, person_id, area, assigned_on FROM rm_link_governors WHERE trust_id = ? ORDER BY area COLLATE NOCASE',
      ),
      evaluations: db.prepare(
        `SELECT sp.school_id, sp.policy_id, e.evaluated_on, e.evaluated_by, e.checklist, e.effectiveness_statement
         FROM rm_policy_evaluations e JOIN rm_school_policies sp ON sp.id = e.school_policy
         WHERE e.trust_id = ? AND e.evaluated_on BETWEEN ? AND ? ORDER BY e.evaluated_on, e.position`,
      ),
      termly: db.prepare(
        `SELECT school_id, term, submission, summary, incidents, training, submitted_by, submitted_at FROM rm_termly_reports
         WHERE trust_id = ? AND term IN (?, ?) ORDER BY submission`,
      ),
    };
  }

  /** The pack, or undefined when the trust (or the asked-for school) is unknown. */
  build(request: MinutesInputsRequest): MinutesInputs | undefined {
    const { trustId } = request;
    const calendar = request.calendar ?? TermCalendar.default;
    const trust = this.schools.trust(trustId);
    if (!trust) return undefined;
    const allSchools = this.schools.schoolsOf(trustId);
    const schools = request.schoolId ? allSchools.filter((s) => s.id === request.schoolId) : allSchools;
    if (request.schoolId && schools.length === 0) return undefined;

    const term = termInfo(request.term, calendar);
    const next = termInfo(nextTerm(request.term), calendar);
    const previous = termInfo(previousTerm(request.term), calendar);
    const asOf = isAfter(request.today, term.endsOn) ? term.endsOn : request.today;
    const body = request.schoolId ? 'local-governing-body' : 'trust-board';
    const nameOf = request.nameOf ?? ((id: string) => id);
    const person = (id: string): PersonRef => ({ id, name: nameOf(id) });

    const policies = (this.statements.policies.all(trustId) as PolicyRow[]).map(toCataloguePolicy);
    const titles = new Map(policies.map((p) => [p.policyId, p.title]));
    const titleOf = (id: string) => titles.get(id) ?? id;
    const summaries = this.versionSummaries(trustId);
    const summaryOf = (policyId: string, version: number) => summaries.get(`${policyId}#${version}`) ?? null;
    const facts = this.schoolFacts(trustId);
    const registers = this.registers.trustRegisters(trustId, schools.map((s) => s.id), asOf, calendar);
    const actions = policyActionsBetween(
      (this.statements.policyEvents.all({ trustId, from: term.startsOn, to: term.endsOn }) as RawEvent[]).map(toEventRow),
      term.startsOn,
      term.endsOn,
      titleOf,
      person,
    );
    const activity = this.governorActivity(trustId, term, titleOf, person);
    const termly = this.termlyReports(trustId, term.id, previous.id, person);
    const evaluations = groupBy(this.statements.evaluations.all(trustId, term.startsOn, term.endsOn) as RawEvaluation[], (row) =>
      toEvaluation(row, titleOf, person),
    );

    const sections: SchoolMinutesInputs[] = schools.map((school) => {
      const register = registers.get(school.id) ?? [];
      const schoolFacts = facts.get(school.id) ?? new Map<string, SchoolPolicyFacts>();
      // The register holds only the policies that apply to the school's phase: so do its decisions.
      const applying = new Set(register.map((row) => row.policyId));
      return {
        school: { id: school.id, name: school.name, urn: school.urn },
        policyActions: actions.bySchool.get(school.id) ?? [],
        reviewsDue: reviewsDue(register, term, next),
        overdue: overdueReviews(register, asOf),
        eias: eiasNeedingAttention(register, (policyId) => lastEiaOn(schoolFacts.get(policyId), asOf)),
        evaluations: evaluations.get(school.id) ?? [],
        linkGovernance: linkGovernance(
          activity.visits.get(school.id) ?? [],
          activity.reports.get(school.id) ?? [],
          activity.assignments.get(school.id) ?? [],
          term.endsOn,
          person,
        ),
        termlyReport: termly(school.id),
        decisions: schoolDecisions(policies.filter((p) => applying.has(p.policyId)), (policyId) => adoptedVersion(schoolFacts.get(policyId)), summaryOf, body),
      };
    });

    return {
      trust: { id: trust.id, name: trust.name },
      body,
      term,
      previousTerm: previous,
      nextTerm: next,
      asOf,
      generatedOn: request.today,
      overview: body === 'trust-board' ? sections.map((s) => overviewRow(s, registers.get(s.school.id) ?? [], asOf)) : null,
      trustLevel:
        body === 'trust-board' ? { policyActions: actions.trust, decisions: trustDecisions(policies, summaryOf, body) } : null,
      schools: sections,
    };
  }

  private versionSummaries(trustId: string): Map<string, string> {
    const rows = this.statements.versions.all(trustId) as { policy_id: string; version: number; summary: string }[];
    return new Map(rows.map((row) => [`${row.policy_id}#${row.version}`, row.summary]));
  }

  private schoolFacts(trustId: string): Map<string, Map<string, SchoolPolicyFacts>> {
    const bySchool = new Map<string, Map<string, SchoolPolicyFacts>>();
    for (const row of this.statements.schoolFacts.all(trustId) as { school_id: string; policy_id: string; facts: string }[]) {
      if (!bySchool.has(row.school_id)) bySchool.set(row.school_id, new Map());
      bySchool.get(row.school_id)!.set(row.policy_id, JSON.parse(row.facts) as SchoolPolicyFacts);
    }
    return bySchool;
  }

  private governorActivity(
    trustId: string,
    term: TermInfo,
    titleOf: (policyId: string) => string,
    person: (personId: string) => PersonRef,
  ) {
    const titlesOf = (json: string) => (JSON.parse(json) as string[]).map(titleOf);
    const visits = groupBy(
      this.statements.visits.all(trustId, term.startsOn, term.endsOn) as RawVisit[],
      (row): VisitInputs => ({
        governor: person(row.governor_id),
        visitedOn: row.visited_on,
        purpose: row.purpose,
        findings: row.findings,
        policies: titlesOf(row.policy_ids),
        actions: JSON.parse(row.actions) as string[],
      }),
    );
    const reports = groupBy(
      this.statements.reports.all(trustId, term.id) as RawReport[],
      (row): GovernorReportInputs => ({
        governor: person(row.governor_id),
        reportedOn: londonToday(new Date(row.reported_at)),
        summary: row.summary,
        recommendations: row.recommendations,
        policies: titlesOf(row.policy_ids),
      }),
    );
    const assignments = groupBy(
      this.statements.assignments.all(trustId) as RawAssignment[],
      (row): AssignmentRow => ({ personId: row.person_id, area: row.area, assignedOn: row.assigned_on }),
    );
    return { visits, reports, assignments };
  }

  /** The latest submission of each school's report for the term, beside the previous term's. */
  private termlyReports(trustId: string, term: TermId, previous: TermId, person: (personId: string) => PersonRef) {
    const latest = new Map<string, RawTermly>();
    for (const row of this.statements.termly.all(trustId, term, previous) as RawTermly[]) latest.set(`${row.school_id}#${row.term}`, row);
    return (schoolId: string): TermlyReportInputs | null => {
      const report = latest.get(`${schoolId}#${term}`);
      if (!report) return null;
      const before = latest.get(`${schoolId}#${previous}`);
      return {
        submission: report.submission,
        submittedOn: londonToday(new Date(report.submitted_at)),
        submittedBy: person(report.submitted_by),
        summary: report.summary,
        incidents: compareIncidents(
          JSON.parse(report.incidents) as IncidentCounts,
          before ? (JSON.parse(before.incidents) as IncidentCounts) : null,
        ),
        training: JSON.parse(report.training) as string[],
        previousTermSubmitted: before !== undefined,
      };
    };
  }
}

interface RawEvent {
  type: string;
  data: string;
  actor_id: string | null;
}
interface RawVisit {
  school_id: string;
  governor_id: string;
  visited_on: string;
  purpose: string;
  findings: string;
  policy_ids: string;
  actions: string;
}
interface RawReport {
  school_id: string;
  governor_id: string;
  summary: string;
  policy_ids: string;
  recommendations: string | null;
  reported_at: string;
}
interface RawEvaluation {
  school_id: string;
  policy_id: string;
  evaluated_on: string;
  evaluated_by: string | null;
  checklist: string;
  effectiveness_statement: string;
}
interface RawAssignment {
  school_id: string;
  person_id: string;
  area: string;
  assigned_on: string;
}
interface RawTermly {
  school_id: string;
  term: string;
  submission: number;
  summary: string;
  incidents: string;
  training: string;
  submitted_by: string;
  submitted_at: string;
}

function termInfo(term: TermId, calendar: TermCalendar): TermInfo {
  const { startsOn, endsOn } = calendar.datesOf(term);
  return { id: term, label: termLabel(term), startsOn, endsOn };
}

function toCataloguePolicy(row: PolicyRow): CataloguePolicy {
  const facts = JSON.parse(row.trust_facts) as TrustPolicyFacts;
  return {
    policyId: row.policy_id,
    title: row.title,
    scope: row.scope,
    approver: row.approver,
    currentVersion: row.current_version,
    approvedVersions: facts.approvals.map((a) => a.version),
    retired: row.retired === 1,
  };
}

function toEvaluation(row: RawEvaluation, titleOf: (policyId: string) => string, person: (personId: string) => PersonRef): EvaluationInputs {
  const checklist = JSON.parse(row.checklist) as ChecklistItem[];
  return {
    policyId: row.policy_id,
    title: titleOf(row.policy_id),
    evaluatedOn: row.evaluated_on,
    evaluatedBy: row.evaluated_by ? person(row.evaluated_by) : null,
    effectivenessStatement: row.effectiveness_statement,
    answers: tallyChecklist(checklist).answers,
    answeredNo: checklist.filter((item) => item.answer === 'no').map((item) => ({ point: item.point, evidence: item.evidence ?? null })),
  };
}

function toEventRow(row: RawEvent): PolicyEventRow {
  return { type: row.type, data: JSON.parse(row.data) as Record<string, unknown>, actorId: row.actor_id };
}

function lastEiaOn(facts: SchoolPolicyFacts | undefined, asOf: LocalDate): LocalDate | null {
  return latestDate((facts?.eias ?? []).map((e) => e.completedOn).filter((d) => !isAfter(d, asOf)));
}

function adoptedVersion(facts: SchoolPolicyFacts | undefined): number | null {
  const versions = (facts?.adoptions ?? []).map((a) => a.version);
  return versions.length === 0 ? null : Math.max(...versions);
}

function groupBy<Row extends { school_id: string }, Item>(rows: readonly Row[], map: (row: Row) => Item): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const row of rows) groups.set(row.school_id, [...(groups.get(row.school_id) ?? []), map(row)]);
  return groups;
}

function overviewRow(section: SchoolMinutesInputs, register: readonly RegisterRow[], asOf: LocalDate): SchoolOverview {
  const { policies, inDate, dueSoon, overdue, notAdopted, neverReviewed, eiaMissing, compliancePct } = countUp(register, asOf);
  return {
    schoolId: section.school.id,
    name: section.school.name,
    policies,
    inDate,
    dueSoon,
    overdue,
    notAdopted,
    neverReviewed,
    eiaMissing,
    eiaFullAssessment: register.filter((row) => row.eia === 'full-assessment-required').length,
    compliancePct,
    actionsThisTerm: section.policyActions.length,
    evaluations: section.evaluations.length,
    reviewsDue: section.reviewsDue.length,
    visits: section.linkGovernance.visits.length,
    linkGovernorReports: section.linkGovernance.reports.length,
    linkGovernorsNotReported: section.linkGovernance.notReported.length,
    termlyReportSubmitted: section.termlyReport !== null,
    decisions: section.decisions.length,
  };
}
