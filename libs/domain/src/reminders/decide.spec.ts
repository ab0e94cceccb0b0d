import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { reminderSettingsDecider } from './decider';
import { ReminderSettingsChanged } from './events';
import { DEFAULT_REMINDER_SETTINGS } from './settings';

const spec = deciderSpec(reminderSettingsDecider);
const trustId = 'trust-1';
const changed = (settings: Partial<typeof DEFAULT_REMINDER_SETTINGS>): ReminderSettingsChanged => ({
  type: 'ReminderSettingsChanged',
  data: { trustId, settings: { ...DEFAULT_REMINDER_SETTINGS, ...settings } },
});

describe('reminder settings decider', () => {
  it('starts from the defaults: when due, 14 days before, on the day, when overdue, no digest', () => {
    expect(reminderSettingsDecider.initialState().settings).toEqual({
      whenDue: true,
      daysBefore: [14],
      onTheDay: true,
      whenOverdue: true,
      weeklyDigest: false,
    });
  });

  it('changes the fields given and keeps the others; days before become distinct, furthest first', () => {
    spec
      .given([])
      .when({ type: 'ChangeReminderSettings', data: { trustId, settings: { daysBefore: [7, 60, 30, 7], weeklyDigest: true } } })
      .then([changed({ daysBefore: [60, 30, 7], weeklyDigest: true })]);
  });

  it('records nothing when the settings stay the same', () => {
    spec
      .given([changed({ onTheDay: false })])
      .when({ type: 'ChangeReminderSettings', data: { trustId, settings: { onTheDay: false, daysBefore: [14] } } })
      .then([]);
  });

  it('turns steps off, including every days-before step', () => {
    spec
      .given([changed({ weeklyDigest: true })])
      .when({ type: 'ChangeReminderSettings', data: { trustId, settings: { daysBefore: [], whenDue: false } } })
      .then([changed({ weeklyDigest: true, daysBefore: [], whenDue: false })]);
  });

  it('refuses malformed settings, naming the field', () => {
    const decide = (settings: unknown) => () =>
      reminderSettingsDecider.decide(
        { type: 'ChangeReminderSettings', data: { trustId, settings } },
        reminderSettingsDecider.initialState(),
        testContext,
      );
    expect(decide(null)).toThrow(InvalidValueError);
    expect(decide({ onTheDay: 'yes' })).toThrow(expect.objectContaining({ field: 'onTheDay' }));
    expect(decide({ daysBefore: 14 })).toThrow(expect.objectContaining({ field: 'daysBefore' }));
    expect(decide({ daysBefore: [14, 0] })).toThrow(expect.objectContaining({ field: 'daysBefore[1]' }));
    expect(decide({ daysBefore: [1.5] })).toThrow(expect.objectContaining({ field: 'daysBefore[0]' }));
    expect(decide({ daysBefore: [1, 2, 3, 4, 5, 6, 7] })).toThrow(expect.objectContaining({ field: 'daysBefore' }));
  });
});
