import type {
  DraftResolution,
  EvaluationInputs,
  MinutesInputs,
  PolicyAction,
  SchoolMinutesInputs,
  SchoolOverview,
} from '@governance/projections';
import { approverLabel, dueAsGiven, longDate, orDash, percent, words, yesNo } from './format';

/**
 * The pack laid out once as headings, paragraphs, lists and tables, so the Markdown and the
 * Word document carry exactly the same facts in the same order.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface MinutesOutline {
  title: string;
  blocks: Block[];
}

type Level = 1 | 2 | 3 | 4;

export function minutesTitle(inputs: MinutesInputs): string {
  const body =
    inputs.body === 'trust-board' ? 'Trust board' : `Local governing body of ${inputs.schools[0]?.school.name ?? 'the school'}`;
  return `Inputs for the minutes: ${body}, ${inputs.term.label}`;
}

export function minutesOutline(inputs: MinutesInputs): MinutesOutline {
  const title = minutesTitle(inputs);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }, ...preamble(inputs)];
  if (inputs.body === 'trust-board') {
    blocks.push({ kind: 'heading', level: 2, text: 'All academies' }, ...overview(inputs.overview ?? []));
    blocks.push({ kind: 'heading', level: 2, text: inputs.trust.name });
    blocks.push({ kind: 'heading', level: 3, text: 'Policies approved or reviewed by the trust this term' });
    blocks.push(...policyActions(inputs.trustLevel?.policyActions ?? [], 'No trust-wide policy was approved or reviewed this term.'));
    blocks.push({ kind: 'heading', level: 3, text: 'Decisions for the trust board: draft resolutions' });
    blocks.push(...decisions(inputs.trustLevel?.decisions ?? [], 'No trust-wide policy is waiting for approval.'));
    for (const school of inputs.schools) {
      // Each academy starts a page of its own in the Word document.
      blocks.push({ kind: 'heading', level: 2, text: school.school.name, newPage: true }, ...schoolSections(inputs, school, 3));
    }
  } else {
    for (const school of inputs.schools) blocks.push(...schoolSections(inputs, school, 2));
  }
  return { title, blocks };
}

function preamble(inputs: MinutesInputs): Block[] {
  const school = inputs.body === 'local-governing-body' ? inputs.schools[0]?.school : undefined;
  const lines: [string, string][] = [
    ['Trust', inputs.trust.name],
    ...(school ? ([['School', school.urn ? `${school.name} (URN ${school.urn})` : school.name]] as [string, string][]) : []),
    ['Governing body', inputs.body === 'trust-board' ? 'Trust board (all academies)' : 'Local governing body'],
    ['Term', `${inputs.term.label} (${longDate(inputs.term.startsOn)} to ${longDate(inputs.term.endsOn)})`],
    ['Statuses as of', longDate(inputs.asOf)],
    ['Generated on', longDate(inputs.generatedOn)],
  ];
  return lines.map(([label, text]) => ({ kind: 'paragraph', label, text }));
}

function overview(rows: readonly SchoolOverview[]): Block[] {
  if (rows.length === 0) return [{ kind: 'paragraph', text: 'The trust has no academies yet.' }];
  return [
    {
      kind: 'table',
      header: ['School', 'Policies', 'In date', 'Due soon', 'Overdue', 'Not adopted', 'Never reviewed', 'EIA missing', 'Full EIA needed', 'Compliance'],
      rows: rows.map((r) => [
        r.name, String(r.policies), String(r.inDate), String(r.dueSoon), String(r.overdue), String(r.notAdopted),
        String(r.neverReviewed), String(r.eiaMissing), String(r.eiaFullAssessment), percent(r.compliancePct),
      ]),
    },
    {
      kind: 'table',
      header: ['School', 'Approved, adopted or reviewed', 'Policy evaluations', 'Reviews due', 'Link governor visits', 'Link governor reports', 'Link governors not reported', 'Termly report', 'Decisions'],
      rows: rows.map((r) => [
        r.name, String(r.actionsThisTerm), String(r.evaluations), String(r.reviewsDue), String(r.visits), String(r.linkGovernorReports),
        String(r.linkGovernorsNotReported), r.termlyReportSubmitted ? 'submitted' : 'not submitted', String(r.decisions),
      ]),
    },
  ];
}

function schoolSections(inputs: MinutesInputs, school: SchoolMinutesInputs, level: 2 | 3): Block[] {
  const sub = (level + 1) as Level;
  const { nextTerm, term, previousTerm } = inputs;
  const blocks: Block[] = [];
  const heading = (text: string, at: Level = level) => blocks.push({ kind: 'heading', level: at, text });

  heading('Policies approved, adopted or reviewed this term');
  blocks.push(...policyActions(school.policyActions, 'No policy was approved, adopted or reviewed this term.'));

  heading(`Reviews due by the end of ${nextTerm.label}`);
  blocks.push(
    school.reviewsDue.length === 0
      ? { kind: 'paragraph', text: `No review falls due by the end of ${nextTerm.label}.` }
      : {
          kind: 'table',
          header: ['Policy', 'Due by', 'Term', 'Status', 'Last reviewed'],
          rows: school.reviewsDue.map((r) => [
            r.title, longDate(r.nextReviewDue), r.dueIn === 'this-term' ? term.label : nextTerm.label, words(r.status), longDate(r.lastReviewedOn),
          ]),
        },
  );

  heading('Overdue reviews');
  blocks.push(
    school.overdue.length === 0
      ? { kind: 'paragraph', text: 'No review is overdue.' }
      : {
          kind: 'table',
          header: ['Policy', 'Was due by', 'Overdue by', 'Days overdue', 'Last reviewed'],
          rows: school.overdue.map((r) => [r.title, longDate(r.nextReviewDue), r.overdueFor, String(r.daysOverdue), longDate(r.lastReviewedOn)]),
        },
  );

  heading('Equality impact assessments missing, out of date or requiring a full assessment');
  blocks.push(
    school.eias.length === 0
      ? { kind: 'paragraph', text: 'Every policy that needs an equality impact assessment has a complete one for the version adopted.' }
      : {
          kind: 'table',
          header: ['Policy', 'EIA', 'Last EIA', 'Adopted'],
          rows: school.eias.map((e) => [e.title, words(e.eia), longDate(e.lastEiaOn), yesNo(e.adopted)]),
        },
  );

  heading('Policy evaluations this term');
  blocks.push(...evaluations(school.evaluations));

  if (school.acknowledgements !== undefined && school.acknowledgements.length > 0) {
    heading('Read and acknowledge');
    blocks.push(
      { kind: 'paragraph', text: 'Current staff who have confirmed they read the version in force of each policy that asks them to, when this pack was built.' },
      {
        kind: 'table',
        header: ['Policy', 'Version', 'Staff', 'Acknowledged', 'Outstanding'],
        rows: school.acknowledgements.map((a) => [a.title, String(a.version), String(a.staff), String(a.acknowledged), String(a.outstanding)]),
      },
    );
  }

  heading('Link governors');
  const { visits, reports, notReported } = school.linkGovernance;
  heading('Visits this term', sub);
  blocks.push(
    visits.length === 0
      ? { kind: 'paragraph', text: 'No link governor visit was logged this term.' }
      : {
          kind: 'table',
          header: ['Date', 'Link governor', 'Purpose', 'Findings', 'Policies', 'Actions'],
          rows: visits.map((v) => [longDate(v.visitedOn), v.governor.name, v.purpose, v.findings, list(v.policies), list(v.actions)]),
        },
  );
  heading('Reports this term', sub);
  blocks.push(
    reports.length === 0
      ? { kind: 'paragraph', text: 'No link governor report was submitted this term.' }
      : {
          kind: 'table',
          header: ['Link governor', 'Reported on', 'Summary', 'Recommendations', 'Policies'],
          rows: reports.map((r) => [r.governor.name, longDate(r.reportedOn), r.summary, orDash(r.recommendations), list(r.policies)]),
        },
  );
  heading('Link governors who have not reported this term', sub);
  blocks.push(
    notReported.length === 0
      ? { kind: 'paragraph', text: 'Every link governor has reported this term.' }
      : { kind: 'bullets', items: notReported.map((n) => `${n.governor.name} (${n.areas.join(', ')})`) },
  );

  heading("Headteacher's termly report");
  const report = school.termlyReport;
  if (report === null) {
    blocks.push({ kind: 'paragraph', text: `No termly report was submitted for ${term.label}.` });
  } else {
    blocks.push(
      {
        kind: 'paragraph',
        text: `Submitted on ${longDate(report.submittedOn)} by ${report.submittedBy.name}${report.submission > 1 ? ` (submission ${report.submission}, replacing earlier ones)` : ''}.`,
      },
      { kind: 'paragraph', label: 'Summary', text: report.summary },
    );
    heading('Incidents', sub);
    blocks.push(
      report.incidents.length === 0
        ? { kind: 'paragraph', text: 'No incidents were counted.' }
        : {
            kind: 'table',
            header: ['Category', term.label, report.previousTermSubmitted ? previousTerm.label : `${previousTerm.label} (no report)`],
            rows: report.incidents.map((i) => [i.label, orDash(i.thisTerm), orDash(i.previousTerm)]),
          },
    );
    heading('Training delivered', sub);
    blocks.push(
      report.training.length === 0 ? { kind: 'paragraph', text: 'No training was reported.' } : { kind: 'bullets', items: report.training },
    );
  }

  heading('Decisions: draft resolutions');
  blocks.push(...decisions(school.decisions, 'No policy is waiting for approval or adoption.'));
  return blocks;
}

function policyActions(actions: readonly PolicyAction[], none: string): Block[] {
  if (actions.length === 0) return [{ kind: 'paragraph', text: none }];
  return [
    {
      kind: 'table',
      header: ['Date', 'Policy', 'Action', 'Version', 'Approved by', 'Minute ref.', 'Recorded by', 'Notes'],
      rows: actions.map((a) => [
        longDate(a.on),
        a.title,
        a.action === 'reviewed' && a.outcome ? `reviewed (${words(a.outcome)})` : a.action,
        orDash(a.version),
        approverLabel(a.approvedBy),
        orDash(a.minuteRef),
        orDash(a.recordedBy?.name),
        notes(a),
      ]),
    },
  ];
}

/**
 * The evaluations of the term as the paper form reads: the statement of effectiveness in the
 * school's words, then the checklist counted and the points answered No with their evidence.
 */
function evaluations(rows: readonly EvaluationInputs[]): Block[] {
  if (rows.length === 0) return [{ kind: 'paragraph', text: 'No policy was evaluated this term.' }];
  return [
    {
      kind: 'table',
      header: ['Date', 'Policy', 'Evaluated by', 'Overall effectiveness', 'Checklist', 'Points answered No'],
      rows: rows.map((e) => [
        longDate(e.evaluatedOn),
        e.title,
        orDash(e.evaluatedBy?.name),
        e.effectivenessStatement,
        checklistCount(e.answers),
        e.answeredNo.length === 0 ? 'None' : e.answeredNo.map((n) => (n.evidence ? `${n.point} (${n.evidence})` : n.point)).join('; '),
      ]),
    },
  ];
}

/** "24 yes, 1 no, 1 not applicable", as the form's Yes / No / N/A columns add up. */
function checklistCount(answers: EvaluationInputs['answers']): string {
  return `${answers.yes} yes, ${answers.no} no, ${answers.notApplicable} not applicable`;
}

function notes(action: PolicyAction): string {
  const parts = [
    ...(action.nextReviewDue ? [`next review ${dueAsGiven(action.nextReviewDue)}`] : []),
    ...(action.notes ? [action.notes] : []),
  ];
  return parts.length === 0 ? '—' : parts.join('; ');
}

function decisions(resolutions: readonly DraftResolution[], none: string): Block[] {
  if (resolutions.length === 0) return [{ kind: 'paragraph', text: none }];
  return [
    {
      kind: 'numbered',
      items: resolutions.map((r) => (r.versionSummary ? `${r.resolution} Version ${r.version}: ${r.versionSummary}` : r.resolution)),
    },
  ];
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.join('; ');
}
