import type { MinutesInputs, SchoolMinutesInputs } from '@governance/projections';

const grace = { id: 'g1', name: 'Grace Hall' };

/** Oak Primary's section: something in every section, and text a person typed with Markdown and control characters in it. */
export const oakSection: SchoolMinutesInputs = {
  school: { id: 'oak', name: 'Oak Primary', urn: '100001' },
  policyActions: [
    {
      policyId: 'acc', title: 'Accessibility Plan', level: 'school', action: 'adopted', on: '2027-02-05', version: 1,
      approvedBy: 'local-governing-body', minuteRef: null, outcome: null, nextReviewDue: null, notes: null, recordedBy: { id: 'admin', name: 'Ruth Okafor' },
    },
    {
      policyId: 'beh', title: 'Behaviour', level: 'school', action: 'reviewed', on: '2027-02-10', version: null, approvedBy: null,
      minuteRef: null, outcome: 'no-change', nextReviewDue: '2027-summer', notes: 'Checked | against\nthe DfE guidance', recordedBy: null,
    },
  ],
  reviewsDue: [
    { policyId: 'comp', title: 'Complaints', status: 'due-soon', nextReviewDue: '2027-03-25', nextReviewDueAsGiven: '2027-03-25', lastReviewedOn: '2027-02-20', dueIn: 'this-term' },
    { policyId: 'beh', title: 'Behaviour', status: 'due-soon', nextReviewDue: '2027-08-31', nextReviewDueAsGiven: '2027-summer', lastReviewedOn: '2027-02-10', dueIn: 'next-term' },
  ],
  overdue: [{ policyId: 'safe', title: 'Safeguarding', nextReviewDue: '2027-02-01', lastReviewedOn: null, daysOverdue: 37, overdueFor: '1 month' }],
  eias: [
    { policyId: 'comp', title: 'Complaints', eia: 'missing', lastEiaOn: null, adopted: true },
    { policyId: 'safe', title: 'Safeguarding', eia: 'full-assessment-required', lastEiaOn: '2026-02-01', adopted: true },
  ],
  evaluations: [
    {
      policyId: 'acc', title: 'Accessibility Plan', evaluatedOn: '2027-02-15', evaluatedBy: { id: 'head', name: 'Helen Park' },
      effectivenessStatement: 'It is effective and suitable for purpose', answers: { yes: 24, no: 1, notApplicable: 1 },
      answeredNo: [{ point: 'Funding in place', evidence: 'No budget line until April' }],
    },
  ],
  linkGovernance: {
    visits: [
      { governor: grace, visitedOn: '2027-02-03', purpose: 'Met the DSL', findings: 'Records are up to date', policies: ['Safeguarding'], actions: ['Update the visitor leaflet'] },
    ],
    reports: [
      { governor: grace, reportedOn: '2027-03-01', summary: 'Safeguarding is effective', recommendations: 'Refresh training for new staff', policies: ['Safeguarding'] },
    ],
    notReported: [{ governor: { id: 'g2', name: 'Gita Rao' }, areas: ['SEND'] }],
  },
  termlyReport: {
    submission: 2,
    submittedOn: '2027-03-08',
    submittedBy: { id: 'head', name: 'Helen Park' },
    summary: '# A calm term\u0007 with <b>no</b> exclusions',
    incidents: [
      { category: 'allegations-about-staff', label: 'Allegations made about school staff', thisTerm: null, previousTerm: 1 },
      { category: 'e-safety', label: 'e-Safety incidents', thisTerm: 3, previousTerm: 5 },
    ],
    training: ['Prevent refresher'],
    previousTermSubmitted: true,
  },
  decisions: [
    {
      policyId: 'safe', title: 'Safeguarding', level: 'school', action: 'adopt', version: 2, versionSummary: 'KCSIE 2026 changes', approver: 'local-governing-body',
      forThisBody: false, resolution: 'That the trust board notes that version 2 of “Safeguarding” awaits adoption by the local governing body.',
    },
  ],
};

/** Elm Academy's section: every section empty. */
export const elmSection: SchoolMinutesInputs = {
  school: { id: 'elm', name: 'Elm Academy', urn: null },
  policyActions: [],
  reviewsDue: [],
  overdue: [],
  eias: [],
  evaluations: [],
  linkGovernance: { visits: [], reports: [], notReported: [] },
  termlyReport: null,
  decisions: [],
};

const terms = {
  term: { id: '2027-spring', label: 'Spring 2027', startsOn: '2027-01-01', endsOn: '2027-03-31' },
  previousTerm: { id: '2026-autumn', label: 'Autumn 2026', startsOn: '2026-09-01', endsOn: '2026-12-31' },
  nextTerm: { id: '2027-summer', label: 'Summer 2027', startsOn: '2027-04-01', endsOn: '2027-08-31' },
} as const;

export const trustBoardInputs: MinutesInputs = {
  trust: { id: 't1', name: 'Oakwood Learning Trust' },
  body: 'trust-board',
  ...terms,
  asOf: '2027-03-10',
  generatedOn: '2027-03-10',
  overview: [
    {
      schoolId: 'elm', name: 'Elm Academy', policies: 4, inDate: 1, dueSoon: 0, overdue: 0, notAdopted: 3, neverReviewed: 0, eiaMissing: 3,
      eiaFullAssessment: 0, compliancePct: 25, actionsThisTerm: 0, evaluations: 0, reviewsDue: 0, visits: 0, linkGovernorReports: 0, linkGovernorsNotReported: 0,
      termlyReportSubmitted: false, decisions: 0,
    },
    {
      schoolId: 'oak', name: 'Oak Primary', policies: 4, inDate: 1, dueSoon: 2, overdue: 1, notAdopted: 0, neverReviewed: 0, eiaMissing: 1,
      eiaFullAssessment: 1, compliancePct: 75, actionsThisTerm: 2, evaluations: 1, reviewsDue: 2, visits: 1, linkGovernorReports: 1, linkGovernorsNotReported: 1,
      termlyReportSubmitted: true, decisions: 1,
    },
  ],
  trustLevel: {
    policyActions: [
      {
        policyId: 'acc', title: 'Accessibility Plan', level: 'trust', action: 'approved', on: '2027-01-25', version: 1, approvedBy: 'trust-board',
        minuteRef: 'TB/27/02', outcome: null, nextReviewDue: null, notes: null, recordedBy: { id: 'admin', name: 'Ruth Okafor' },
      },
    ],
    decisions: [
      {
        policyId: 'comp', title: 'Complaints', level: 'trust', action: 'approve', version: 2, versionSummary: 'Adds the DfE 2026 timescales',
        approver: 'trust-board', forThisBody: true, resolution: 'That the trust board approves version 2 of “Complaints”.',
      },
    ],
  },
  schools: [elmSection, oakSection],
};

export const oakInputs: MinutesInputs = {
  ...trustBoardInputs,
  body: 'local-governing-body',
  overview: null,
  trustLevel: null,
  schools: [
    {
      ...oakSection,
      decisions: [{ ...oakSection.decisions[0], forThisBody: true, resolution: 'That the local governing body adopts version 2 of “Safeguarding”.' }],
    },
  ],
};
