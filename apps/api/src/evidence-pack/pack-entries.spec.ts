import type { AuditItem } from '@governance/contracts';
import { describe as describeEntry, happenedOn, recordedAt, recordedLate, withdrawnNote } from './pack-entries';

const entry = (type: string, data: Record<string, unknown>, occurredAt = '2027-03-10T09:14:05.000Z', withdrawn: AuditItem['withdrawn'] = null): AuditItem => ({
  position: '7', type, occurredAt, actorId: 'p1', actorRole: 'trust-admin', streamId: 's', schoolId: 'oak', policyId: 'pol', eventId: 'e1', withdrawn, data,
});

describe('an evidence pack entry in words', () => {
  it('takes the day it happened from the date the entry states, else the day it was recorded', () => {
    expect(happenedOn(entry('PolicyAdopted', { adoptedOn: '2027-02-05' }))).toBe('2027-02-05');
    expect(happenedOn(entry('LinkGovernorReported', { term: '2027-spring' }))).toBe('2027-03-10');
    expect(recordedAt(entry('PolicyAdopted', {}))).toBe('2027-03-10 09:14 UTC');
  });

  it('marks an entry recorded more than 30 days after the day it states', () => {
    expect(recordedLate(entry('PolicyReviewed', { reviewedOn: '2026-10-05' }, '2026-12-07T10:00:00.000Z'))).toBe(true);
    expect(recordedLate(entry('PolicyReviewed', { reviewedOn: '2026-11-20' }, '2026-12-07T10:00:00.000Z'))).toBe(false);
  });

  it('says what happened, with the body, version and minute', () => {
    expect(describeEntry(entry('PolicyApproved', { version: 2, body: 'trust-board', minuteRef: 'TB/27/02' }))).toBe('Version 2 approved by the trust board (minute TB/27/02)');
    expect(describeEntry(entry('PolicyReviewed', { level: 'school', outcome: 'amended', nextReviewDue: '2027-summer' }))).toBe('Reviewed by the school (amended); next review 2027-summer');
    expect(describeEntry(entry('SomethingNew', {}))).toBe('SomethingNew');
    expect(withdrawnNote(entry('PolicyAdopted', {}, undefined, { reason: 'wrong school', by: 'p1', at: '2027-03-11T08:00:00.000Z' }))).toBe('Withdrawn 2027-03-11: wrong school');
  });
});
