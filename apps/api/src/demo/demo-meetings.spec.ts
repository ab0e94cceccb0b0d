import { quorumFor } from '@governance/domain';
import { DEMO_SCHOOLS } from './demo-trust';
import { demoAttendance, demoMeetings, DemoMinuteNumbers, onAWeekday } from './demo-meetings';

describe("the demo's meeting calendar", () => {
  const today = '2026-11-24';
  const meetings = demoMeetings(today);
  const lastYear = meetings.filter((m) => m.date >= '2025-09-01' && m.date <= '2026-08-31');

  it('has six board meetings and three of each LGB in the last academic year, and more ahead', () => {
    expect(lastYear.filter((m) => m.body === 'trust-board')).toHaveLength(6);
    for (const school of DEMO_SCHOOLS) {
      expect(lastYear.filter((m) => m.schoolKey === school.key)).toHaveLength(3);
      expect(meetings.some((m) => m.schoolKey === school.key && !m.held)).toBe(true);
    }
    expect(meetings.some((m) => m.body === 'trust-board' && !m.held)).toBe(true);
  });

  it('sets each meeting up weeks before its date (today at the latest), in date order, held only up to today', () => {
    for (const m of meetings) {
      expect(m.setUpOn <= m.date && m.setUpOn <= today).toBe(true);
      expect(m.held).toBe(m.date <= today);
    }
    expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort());
  });

  it('has exactly one meeting that was not quorate: an LGB in a summer term', () => {
    const inquorate = meetings.filter((m) => !m.quorate);
    expect(inquorate).toEqual([expect.objectContaining({ body: 'local-governing-body', schoolKey: 'oakfield' })]);
    expect(Number(inquorate[0].date.slice(5, 7))).toBeGreaterThanOrEqual(4);
    expect(Number(inquorate[0].date.slice(5, 7))).toBeLessThanOrEqual(8);
  });

  it('records attendance that makes each meeting quorate but that one, with all four statuses over the year', () => {
    const members = ['A', 'B', 'C', 'D', 'E', 'F'];
    const statuses = new Set<string>();
    for (const [index, meeting] of meetings.entries()) {
      const lines = demoAttendance(members, meeting, index);
      lines.forEach((line) => statuses.add(line.status));
      const present = lines.filter((line) => line.status === 'present').length;
      expect(present >= quorumFor(members.length)).toBe(meeting.quorate);
    }
    expect([...statuses].sort()).toEqual(['absent', 'apologies-accepted', 'apologies-not-accepted', 'present']);
  });

  it("numbers minutes in the clerk's style through each calendar year", () => {
    const numbers = new DemoMinuteNumbers();
    const board = meetings.find((m) => m.body === 'trust-board')!;
    const libra = meetings.find((m) => m.schoolKey === 'libra')!;
    expect([numbers.take(board), numbers.take(board), numbers.take(libra)]).toEqual([`TB/${board.date.slice(2, 4)}/1`, `TB/${board.date.slice(2, 4)}/2`, `LIB/LGB/${libra.date.slice(2, 4)}/1`]);
  });

  it('moves a weekend to the Thursday or Friday before', () => {
    expect([onAWeekday('2026-10-24'), onAWeekday('2026-05-24'), onAWeekday('2026-11-24')]).toEqual(['2026-10-22', '2026-05-22', '2026-11-24']);
  });
});
