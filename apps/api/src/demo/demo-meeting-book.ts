import { addDays, isAfter, LocalDate } from '@governance/domain';
import { DemoMeeting, DemoMinuteNumbers } from './demo-meetings';

/** What a demo meeting decided, in the order planned: kept to open actions and write notes beside. */
export interface PlannedDecision {
  minuteRef: string;
  words: string;
}

/**
 * The demo's meetings while the history is planned: which meeting carries a decision (the board
 * on the day of an approval, an academy's quorate LGB on the day of, or soon after, an
 * adoption), the minute references in order, and the meetings' ids once the steps have run.
 */
export class DemoMeetingBook {
  private readonly numbers = new DemoMinuteNumbers();
  private readonly ids = new Map<string, string>();
  readonly decisions = new Map<string, PlannedDecision[]>();

  constructor(readonly meetings: readonly DemoMeeting[]) {}

  /** The board's meeting held on `date`, if any. */
  board(date: LocalDate): DemoMeeting | undefined {
    return this.meetings.find((m) => m.body === 'trust-board' && m.held && m.date === date);
  }

  /** The academy's quorate LGB meeting held on `date`, if any. */
  lgb(schoolKey: string, date: LocalDate): DemoMeeting | undefined {
    return this.meetings.find((m) => m.schoolKey === schoolKey && m.held && m.quorate && m.date === date);
  }

  /** The academy's first quorate LGB meeting on or after `date` and no more than `withinDays` after it. */
  nextLgb(schoolKey: string, date: LocalDate, withinDays: number): DemoMeeting | undefined {
    const last = addDays(date, withinDays);
    return this.meetings.find((m) => m.schoolKey === schoolKey && m.held && m.quorate && !isAfter(date, m.date) && !isAfter(m.date, last));
  }

  /** The next minute reference of the meeting, remembering what it records. */
  minute(meeting: DemoMeeting, words: string): string {
    const minuteRef = this.numbers.take(meeting);
    this.decisions.set(meeting.key, [...(this.decisions.get(meeting.key) ?? []), { minuteRef, words }]);
    return minuteRef;
  }

  remember(meeting: DemoMeeting, id: string): void {
    this.ids.set(meeting.key, id);
  }

  id(meeting: DemoMeeting): string {
    const id = this.ids.get(meeting.key);
    if (!id) throw new Error(`Demo meeting ${meeting.key} is not set up yet`);
    return id;
  }
}
