import { DomainError, InvalidValueError } from '../shared/domain-error';
import { ScheduledMeeting } from './events';
import { readDecisionInput } from './decision-input';

const meeting = (body: ScheduledMeeting['body'], schoolId: string | null = null): ScheduledMeeting => ({
  scheduled: true,
  meetingId: 'm1',
  trustId: 't1',
  body,
  schoolId,
  committee: body === 'committee' ? 'Finance' : null,
  title: null,
  date: '2026-11-20',
  cancelled: false,
  attendance: [],
  memberIds: [],
  noteRefs: [],
  agendaEdits: { added: [], removed: [], order: null },
  papers: null,
});
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof InvalidValueError ? { field: error.field, message: error.message } : error instanceof DomainError ? { code: error.code } : error;
  }
  throw new Error('not refused');
};

describe('reading a decision of a meeting', () => {
  it("given a local governing body's meeting, when it adopts or reviews, then the school is the meeting's", () => {
    const lgb = meeting('local-governing-body', 's1');
    expect(readDecisionInput({ kind: 'adopt-policy', policyId: 'p1', version: 2 }, lgb)).toEqual({ kind: 'adopt-policy', policyId: 'p1', schoolId: 's1', version: 2 });
    expect(readDecisionInput({ kind: 'review-policy', policyId: 'p1', outcome: 'amended', text: 'Updated' }, lgb)).toEqual({
      kind: 'review-policy', policyId: 'p1', schoolId: 's1', outcome: 'amended', notes: 'Updated', nextReviewDue: null,
    });
    expect(refusal(() => readDecisionInput({ kind: 'adopt-policy', policyId: 'p1', schoolId: 's2', version: 1 }, lgb))).toEqual({ code: 'other-school' });
  });

  it("given the board's meeting, when it reviews without a school, then it is the trust's review; an adoption needs a school", () => {
    const board = meeting('trust-board');
    expect(readDecisionInput({ kind: 'review-policy', policyId: 'p1', outcome: 'no-change' }, board)).toMatchObject({ schoolId: null });
    expect(refusal(() => readDecisionInput({ kind: 'adopt-policy', policyId: 'p1', version: 1 }, board))).toEqual({
      field: 'schoolId', message: 'adopt-policy needs the schoolId of the academy adopting it.',
    });
    expect(readDecisionInput({ kind: 'approve-policy', policyId: 'p1', version: 1 }, board)).toEqual({ kind: 'approve-policy', policyId: 'p1', version: 1 });
  });

  it('refuses what the kind needs when it is missing: a policy, a version, an outcome, a note\'s text', () => {
    const board = meeting('trust-board');
    expect(refusal(() => readDecisionInput({ kind: 'approve-policy', version: 1 }, board))).toEqual({ field: 'policyId', message: 'policyId is required and must be some text.' });
    expect(refusal(() => readDecisionInput({ kind: 'approve-policy', policyId: 'p1' }, board))).toMatchObject({ field: 'version' });
    expect(refusal(() => readDecisionInput({ kind: 'review-policy', policyId: 'p1' }, board))).toMatchObject({ field: 'outcome' });
    expect(refusal(() => readDecisionInput({ kind: 'note' }, board))).toEqual({ field: 'text', message: 'text is required and must be some text.' });
    expect(refusal(() => readDecisionInput({ kind: 'vote' }, board))).toMatchObject({ field: 'kind' });
  });
});
