import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from '@governance/domain';
import { ReviewCycle, stepToSend, stepsOf } from './reminder-steps';

const cycle: ReviewCycle = { dueOn: '2027-03-31', markedDueOn: '2026-11-24', markedOverdueOn: null };
const names = (c: ReviewCycle, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS) =>
  stepsOf(c, settings).map((s) => `${s.name}@${s.on}`);

describe('reminder steps', () => {
  it('by default: when due (the ReviewDue), 14 days before, on the day, when overdue (the ReviewOverdue)', () => {
    expect(names(cycle)).toEqual(['due@2026-11-24', 'days-before-14@2027-03-17', 'on-the-day@2027-03-31']);
    expect(names({ ...cycle, markedOverdueOn: '2027-04-01' })).toEqual([
      'due@2026-11-24',
      'days-before-14@2027-03-17',
      'on-the-day@2027-03-31',
      'overdue@2027-04-01',
    ]);
  });

  it('follows the trust’s settings', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, whenDue: false, daysBefore: [60, 30, 7], onTheDay: false };
    expect(names(cycle, settings)).toEqual(['days-before-60@2027-01-30', 'days-before-30@2027-03-01', 'days-before-7@2027-03-24']);
  });

  it('sends each step on its own day when the scan runs daily, and nothing in between', () => {
    const sent = [] as string[];
    let markedOverdueOn: string | null = null;
    for (let day = new Date('2026-11-24T00:00:00Z'); day <= new Date('2027-04-10T00:00:00Z'); day.setUTCDate(day.getUTCDate() + 1)) {
      const asOf = day.toISOString().slice(0, 10);
      if (asOf === '2027-04-01') markedOverdueOn = asOf;
      const step = stepToSend({ ...cycle, markedOverdueOn }, DEFAULT_REMINDER_SETTINGS, asOf);
      if (step && !sent.includes(step.name)) sent.push(`${step.name}`);
    }
    expect(sent).toEqual(['due', 'days-before-14', 'on-the-day', 'overdue']);
  });

  it('sends only the latest step reached when scans were missed, or when steps share a day', () => {
    expect(stepToSend(cycle, DEFAULT_REMINDER_SETTINGS, '2027-03-20')?.name).toBe('days-before-14');
    const lateNotice = { dueOn: '2027-03-31', markedDueOn: '2027-04-02', markedOverdueOn: '2027-04-02' };
    expect(stepToSend(lateNotice, DEFAULT_REMINDER_SETTINGS, '2027-04-02')?.name).toBe('overdue');
    const sameDay = { dueOn: '2027-03-31', markedDueOn: '2027-03-17', markedOverdueOn: null };
    expect(stepToSend(sameDay, DEFAULT_REMINDER_SETTINGS, '2027-03-17')?.name).toBe('days-before-14');
  });

  it('sends nothing before the first step, and orders steps so that a later one sorts after', () => {
    expect(stepToSend({ ...cycle, markedDueOn: null }, DEFAULT_REMINDER_SETTINGS, '2026-11-24')).toBeNull();
    const orders = stepsOf({ ...cycle, markedOverdueOn: '2027-04-01' }, DEFAULT_REMINDER_SETTINGS).map((s) => s.order);
    expect([...orders].sort()).toEqual(orders);
  });
});
