import { acknowledgementReminderFor, acknowledgementReminderStep, OutstandingReading } from './reminder-step';

const item = (title: string, askedOn: string): OutstandingReading => ({ policyId: `p-${title}`, title, version: 1, askedOn });

describe('which read-and-acknowledge reminder is due', () => {
  it('given someone asked on 2 November, when scanned day by day, then nothing before day 7, the 7-day step to day 13, the 14-day step from then on', () => {
    const on = (asOf: string) => acknowledgementReminderStep('2026-11-02', asOf);
    expect(on('2026-11-01')).toBeNull();
    expect(on('2026-11-02')).toBeNull();
    expect(on('2026-11-08')).toBeNull();
    expect(on('2026-11-09')).toBe(7);
    expect(on('2026-11-15')).toBe(7);
    expect(on('2026-11-16')).toBe(14);
    expect(on('2027-03-01')).toBe(14);
  });

  it('given several policies outstanding at a school, when the oldest reaches a step, then one reminder lists them all, oldest first', () => {
    const due = acknowledgementReminderFor([item('Staff code of conduct', '2026-11-05'), item('Safeguarding', '2026-11-02')], '2026-11-09');
    expect(due).toEqual({ step: 7, oldestAskedOn: '2026-11-02', items: [item('Safeguarding', '2026-11-02'), item('Staff code of conduct', '2026-11-05')] });
  });

  it('given nothing outstanding, or nothing waiting 7 days, then no reminder', () => {
    expect(acknowledgementReminderFor([], '2026-12-01')).toBeNull();
    expect(acknowledgementReminderFor([item('Safeguarding', '2026-11-25')], '2026-12-01')).toBeNull();
  });

  it('given the scan missed the seventh day, when it runs on day 15, then only the 14-day step is due', () => {
    expect(acknowledgementReminderFor([item('Safeguarding', '2026-11-02')], '2026-11-17')?.step).toBe(14);
  });
});
