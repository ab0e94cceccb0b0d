import type Database from 'better-sqlite3';
import { addMonths, isAfter, LocalDate, TermCalendar } from '@governance/domain';
import { PolicyRegisterQuery, RegisterRow } from './policy-register.query';
import { calendarKey, ReadModelMemo } from './read-model-memo';
import { wrongApprover } from './approver-checks';
import { SchoolsQuery } from './schools.query';
import { RecordedLateQuery } from './recorded-late.query';
import { ActionsQuery } from './actions.query';
import { PersistedAnswers, ReadModelInputs } from './persisted-answers';

// The dashboard's answer shapes, shared with the web app.
import type { ComplianceFigures, SchoolCompliance, TrustCompliance } from '@governance/contracts';
export type { ComplianceFigures, SchoolCompliance, TrustCompliance };

/**
 * The read models the dashboard reads, for a kept answer's stamp. The recorded-late counts read
 * decisions from the audit trail, which changes on every event: its decision rows are only
 * ever added or removed, at increasing positions, so their count and highest position stand in.
 */
const COMPLIANCE_READS = ['schools', 'policy-register', 'governor-activity', 'termly-reports', 'actions'];
const AUDIT_DECISIONS_FINGERPRINT = 'SELECT count(*), max(position) FROM audit_decisions';

/** The trust board's dashboard: each school's register counted up, plus this term's reporting. */
export class ComplianceQuery {
  private readonly registers: PolicyRegisterQuery;
  private readonly schools: SchoolsQuery;
  private readonly statements;
  private readonly memo: ReadModelMemo;
  private readonly late: RecordedLateQuery;
  private readonly actions: ActionsQuery;
  private readonly inputs?: ReadModelInputs;

  /** `persisted`: answers kept on disk across restarts (the live server's); none for past read models. */
  constructor(
    db: Database.Database,
    private readonly persisted?: PersistedAnswers,
  ) {
    this.memo = new ReadModelMemo(db);
    this.registers = new PolicyRegisterQuery(db);
    this.schools = new SchoolsQuery(db);
    this.late = new RecordedLateQuery(db);
    this.actions = new ActionsQuery(db);
    if (persisted) this.inputs = new ReadModelInputs(db, COMPLIANCE_READS, [AUDIT_DECISIONS_FINGERPRINT]);
    this.statements = {
      reports: db.prepare(
        'SELECT school_id, COUNT(*) AS n FROM rm_governor_reports WHERE trust_id = ? AND term = ? GROUP BY school_id',
      ),
      termly: db.prepare('SELECT DISTINCT school_id FROM rm_termly_reports WHERE trust_id = ? AND term = ?'),
    };
  }

  forTrust(trustId: string, asOf: string, calendar: TermCalendar = TermCalendar.default): TrustCompliance {
    const key = JSON.stringify([trustId, asOf, calendarKey(calendar)]);
    const compute = () => this.compute(trustId, asOf, calendar);
    return this.memo.answer(key, () => (this.persisted && this.inputs ? this.persisted.answer(`compliance:${key}`, this.inputs, compute) : compute()));
  }

  private compute(trustId: string, asOf: string, calendar: TermCalendar): TrustCompliance {
    const term = calendar.termOf(asOf);
    const schools = this.schools.schoolsOf(trustId);
    const registers = this.registers.trustRegisters(trustId, schools.map((s) => s.id), asOf, calendar);
    const reports = new Map((this.statements.reports.all(trustId, term) as { school_id: string; n: number }[]).map((r) => [r.school_id, r.n]));
    const late = this.late.countsOf(trustId, asOf);
    const actions = this.actions.counts(trustId, asOf);
    const termly = new Set((this.statements.termly.all(trustId, term) as { school_id: string }[]).map((r) => r.school_id));

    const rows: SchoolCompliance[] = schools.map((school) => ({
      schoolId: school.id,
      name: school.name,
      ...countUp(registers.get(school.id) ?? [], asOf),
      linkGovernorReportsThisTerm: reports.get(school.id) ?? 0,
      termlyReportSubmitted: termly.has(school.id),
      recordedLate: late.bySchool.get(school.id) ?? 0,
      ...(actions.bySchool.get(school.id) ?? { openActions: 0, overdueActions: 0 }),
      // Today's read-and-acknowledge progress is added by the route (these read models have none).
      acknowledgements: null,
    }));
    const allRows = [...registers.values()].flat();
    return {
      asOf,
      term,
      totals: {
        schools: rows.length,
        ...countUp(allRows, asOf),
        linkGovernorReportsThisTerm: rows.reduce((sum, row) => sum + row.linkGovernorReportsThisTerm, 0),
        termlyReportsSubmitted: rows.filter((row) => row.termlyReportSubmitted).length,
        recordedLate: late.total,
        ...actions.total,
        acknowledgements: null,
      },
      schools: rows,
    };
  }
}

export function countUp(rows: readonly RegisterRow[], asOf: LocalDate): ComplianceFigures {
  const count = (status: RegisterRow['status']) => rows.filter((row) => row.status === status).length;
  const inDate = count('in-date');
  const dueSoon = count('due-soon');
  const eiaOutOfDate = rows.filter((row) => row.eia === 'out-of-date').length;
  // Compliant: in date or due soon, not resting on an EIA of an earlier version, and not
  // adopted by another body than the scheme of delegation gives (without an exception).
  const compliant = rows.filter(
    (row) => (row.status === 'in-date' || row.status === 'due-soon') && row.eia !== 'out-of-date' && !wrongApprover(row),
  ).length;
  return {
    policies: rows.length,
    inDate,
    dueSoon,
    overdue: count('overdue'),
    notAdopted: count('not-adopted'),
    neverReviewed: count('never-reviewed'),
    eiaMissing: rows.filter((row) => row.eia === 'missing').length,
    eiaOutOfDate,
    wrongApprover: rows.filter(wrongApprover).length,
    evaluatedInLast12Months: rows.filter((row) => row.status !== 'not-adopted' && evaluatedWithinYear(row.lastEvaluatedOn, asOf)).length,
    compliancePct: rows.length === 0 ? null : Math.round((compliant / rows.length) * 1000) / 10,
  };
}

/** Whether an evaluation date lies in the 12 months up to `asOf` (the policies say "reviewed annually"). */
function evaluatedWithinYear(evaluatedOn: LocalDate | null, asOf: LocalDate): boolean {
  return evaluatedOn !== null && !isAfter(evaluatedOn, asOf) && isAfter(evaluatedOn, addMonths(asOf, -12));
}
