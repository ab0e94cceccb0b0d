import { TrainingState } from '../training/events';
import { InterestsState } from './events';
import { recordsToRenew } from './records-to-renew';

const governor = { personId: 'p1', roles: [{ role: 'governor' as const, schoolId: 's1' }] };
const declaredOn = (day: string): InterestsState => ({ declarations: [{ personId: 'p1', recordId: 'r1', declaredOn: day, interests: [], declaredBy: 'p1' }] });
const safeguardingOn = (day: string): TrainingState => ({ records: [{ personId: 'p1', recordId: 't1', completedOn: day, hours: null, safeguarding: true, recordedBy: 'p1' }] });

describe('recordsToRenew', () => {
  it('names nothing when the declaration and safeguarding training are in date', () =>
    expect(recordsToRenew(governor, declaredOn('2026-06-01'), safeguardingOn('2025-06-01'), '2026-11-24')).toEqual([]));

  it('names a declaration due (renew by its anniversary) and safeguarding training about to lapse', () =>
    expect(recordsToRenew(governor, declaredOn('2025-12-10'), safeguardingOn('2024-01-10'), '2026-11-24')).toEqual([
      { record: 'declaration', status: 'due', by: '2026-12-10', last: '2025-12-10' },
      { record: 'safeguarding', status: 'due', by: '2027-01-10', last: '2024-01-10' },
    ]));

  it('names both overdue for a governor who never made either', () =>
    expect(recordsToRenew(governor, { declarations: [] }, { records: [] }, '2026-11-24')).toEqual([
      { record: 'declaration', status: 'overdue', by: null, last: null },
      { record: 'safeguarding', status: 'overdue', by: null, last: null },
    ]));

  it('asks nothing of someone without a governance role', () =>
    expect(recordsToRenew({ personId: 'p1', roles: [{ role: 'staff', schoolId: 's1' }] }, { declarations: [] }, { records: [] }, '2026-11-24')).toEqual([]));
});
