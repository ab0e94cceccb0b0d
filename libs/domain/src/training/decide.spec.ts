import { deciderSpec } from '../testing/decider-spec';
import { trainingDecider } from './decider';
import { TrainingEvent, TrainingRecord } from './events';
import { fold } from '../shared/decider';
import { safeguardingTraining } from './safeguarding';
import { checkTraining } from './decide';

/** testContext: today 2026-11-24, actor person-tester. */
const spec = deciderSpec(trainingDecider);

describe('RecordTraining', () => {
  it('logs the date and hours (title and provider stay out of the log) and marks safeguarding training by its title', () =>
    spec.given([]).when({ type: 'RecordTraining', data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-10-14', title: 'Level 1 Safeguarding for governors', provider: 'NGA', hours: 2.5 } }).then([
      {
        type: 'TrainingRecorded',
        data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-10-14', hours: 2.5, safeguarding: true, recordedBy: 'person-tester' },
      },
    ]));

  it('records other training as not safeguarding, with no provider or hours', () =>
    spec.given([]).when({ type: 'RecordTraining', data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-10-14', title: 'Understanding school finance' } }).then([
      { type: 'TrainingRecorded', data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-10-14', hours: null, safeguarding: false, recordedBy: 'person-tester' } },
    ]));

  it('refuses training dated after today', () =>
    spec.given([]).when({ type: 'RecordTraining', data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-12-01', title: 'Safeguarding' } }).thenThrows('date-in-future'));

  it('refuses hours that are not a positive number of quarter hours', () =>
    spec.given([]).when({ type: 'RecordTraining', data: { trustId: 't1', personId: 'p1', recordId: 'r1', completedOn: '2026-10-14', title: 'Finance', hours: -1 } }).thenRefusesInput('hours', 'hours must be a number of hours above 0 and at most 200, in quarter hours (1.5, 2.25).'));
});

describe('safeguardingTraining: counts for 3 years, due in the last 3 months', () => {
  const record = (completedOn: string, safeguarding = true): TrainingRecord => ({ personId: 'p1', recordId: 'r1', completedOn, hours: null, safeguarding, recordedBy: 'p1' });

  it('is done within the 3 years, outside the last 3 months', () =>
    expect(safeguardingTraining([record('2024-01-10')], true, '2026-10-09')).toEqual({ status: 'done', lastCompletedOn: '2024-01-10', expiresOn: '2027-01-10' }));

  it('is due in the last 3 months and overdue from the day it expires', () => {
    expect(safeguardingTraining([record('2024-01-10')], true, '2026-10-10').status).toBe('due');
    expect(safeguardingTraining([record('2024-01-10')], true, '2027-01-09').status).toBe('due');
    expect(safeguardingTraining([record('2024-01-10')], true, '2027-01-10').status).toBe('overdue');
  });

  it('counts only safeguarding training, the latest of it', () => {
    expect(safeguardingTraining([record('2026-01-10', false)], true, '2026-11-24').status).toBe('overdue');
    expect(safeguardingTraining([record('2022-01-10'), record('2026-01-10')], true, '2026-11-24').lastCompletedOn).toBe('2026-01-10');
  });

  it('is not required of someone with no governance role and none recorded', () => expect(safeguardingTraining([], false, '2026-11-24').status).toBe('not-required'));
});

describe('checkTraining', () => {
  it('answers the title and provider, trimmed, for the directory', () =>
    expect(checkTraining({ completedOn: '2026-10-14', title: ' Safeguarding ', provider: ' NGA ' }, '2026-11-24')).toEqual({ completedOn: '2026-10-14', title: 'Safeguarding', provider: 'NGA', hours: null }));
});

describe('a training record withdrawn through the corrections route', () => {
  it('stops counting; other records stay', () => {
    const recorded = (recordId: string): TrainingEvent => ({
      type: 'TrainingRecorded',
      data: { trustId: 't1', personId: 'p1', recordId, completedOn: '2026-10-14', hours: 2, safeguarding: true, recordedBy: 'p1' },
    });
    const withdrawn: TrainingEvent = {
      type: 'EntryWithdrawn',
      data: { eventId: 'e1', entryType: 'TrainingRecorded', entry: { ...recorded('r1').data }, reason: 'Recorded for the wrong governor' },
    };
    expect(fold(trainingDecider, [recorded('r1'), recorded('r2'), withdrawn]).records.map((record) => record.recordId)).toEqual(['r2']);
  });
});
