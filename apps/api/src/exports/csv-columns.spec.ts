import type { RegisterRow } from '@governance/contracts';
import { csvTable, dueAsSet, registerColumns } from './csv-columns';

const row: RegisterRow = {
  policyId: 'p-1',
  title: 'Accessibility plan',
  scope: 'school',
  status: 'due-soon',
  adoptedVersion: 2,
  currentVersion: 3,
  lastReviewedOn: '2026-07-07',
  nextReviewDue: '2027-08-31',
  nextReviewDueAsGiven: '2027-summer',
  eia: 'full-assessment-required',
  eiaVersion: 2,
  category: 'send-and-inclusion',
  statutory: true,
  approver: 'local-governing-body',
  reviewCycleMonths: 36,
  lastEvaluatedOn: '2026-11-10',
  lastEvaluation: {
    evaluatedOn: '2026-11-10',
    evaluatedBy: 'person-head',
    effectivenessStatement: 'It is effective and suitable for purpose',
    answers: { yes: 25, no: 0, notApplicable: 1 },
    answeredNo: [],
  },
  ownerId: null,
  approvedBy: 'local-governing-body',
  approvedByExpected: 'local-governing-body',
  approvedByOk: true,
  approvedByException: null,
};

describe('register columns', () => {
  it('write codes in words, keep dates as dates and put the id last', () => {
    const table = csvTable(registerColumns('Libra School'), [row]);
    expect(Object.fromEntries(table.header.map((heading, i) => [heading, table.rows[0][i]]))).toEqual({
      Policy: 'Accessibility plan',
      School: 'Libra School',
      Status: 'Due soon',
      'Set by': 'School',
      'Adopted version': 2,
      'Current version': 3,
      'Last reviewed': '2026-07-07',
      'Next review due': '2027-08-31',
      'Next review as set': 'Summer 2027',
      'Equality impact assessment': 'Full assessment required',
      'EIA for version': 2,
      Category: 'SEND and inclusion',
      Statutory: true,
      'Approved by': 'Local governing body',
      'Adoption approved by': 'Local governing body',
      'Expected approver': 'Local governing body',
      'Approver as expected': true,
      'Wrong approver': false,
      'Approver exception reason': null,
      'Review cycle (months)': 36,
      'Last evaluated': '2026-11-10',
      'Effectiveness (last evaluation)': 'It is effective and suitable for purpose',
      'Policy id': 'p-1',
    });
    expect(table.header.at(-1)).toBe('Policy id');
  });

  it('writes an EIA of an earlier version as out of date, naming that version', () => {
    const table = csvTable(registerColumns('Libra School'), [{ ...row, eia: 'out-of-date', eiaVersion: 1 }]);
    expect(table.rows[0][table.header.indexOf('Equality impact assessment')]).toBe('Out of date');
    expect(table.rows[0][table.header.indexOf('EIA for version')]).toBe(1);
  });

  it('flags an adoption by another body than the scheme of delegation gives, and an exception with its reason', () => {
    const cells = (changed: Partial<RegisterRow>) => {
      const table = csvTable(registerColumns('Libra School'), [{ ...row, ...changed }]);
      const at = (heading: string) => table.rows[0][table.header.indexOf(heading)];
      return ['Adoption approved by', 'Expected approver', 'Approver as expected', 'Wrong approver', 'Approver exception reason'].map(at);
    };
    expect(cells({ approvedBy: 'headteacher', approvedByOk: false })).toEqual(['Headteacher', 'Local governing body', false, true, null]);
    expect(cells({ approvedBy: 'headteacher', approvedByOk: false, approvedByException: 'LGB not quorate' })).toEqual(['Headteacher', 'Local governing body', false, false, 'LGB not quorate']);
    // No scheme, or no body named: nothing to check, so nothing is wrong.
    expect(cells({ approvedBy: null, approvedByOk: null })).toEqual([null, 'Local governing body', null, false, null]);
  });

  it("keeps a trust's own category as written", () => {
    const table = csvTable(registerColumns('Libra School'), [{ ...row, category: 'Estates' }]);
    expect(table.rows[0][table.header.indexOf('Category')]).toBe('Estates');
  });
});

describe('dueAsSet', () => {
  it('names a term or a month in words and leaves a date as a date', () => {
    expect(dueAsSet('2027-autumn')).toBe('Autumn 2027');
    expect(dueAsSet('2027-03')).toBe('March 2027');
    expect(dueAsSet('2027-03-25')).toBe('2027-03-25');
    expect(dueAsSet(null)).toBeNull();
  });
});
