import { Command, CommandBus } from '@nestjs/cqrs';
import { addDays, LocalDate } from '@governance/domain';
import type { DecisionRequest } from '@governance/contracts';
import { ScheduleMeetingCommand } from '../meetings/commands/schedule-meeting';
import { RecordAttendanceCommand } from '../meetings/commands/record-attendance';
import { RecordDecisionCommand } from '../meetings/commands/record-decision';
import { OpenActionCommand } from '../actions/commands/open-action';
import { CompleteActionCommand } from '../actions/commands/complete-action';
import { WriteOutcome } from '../trusts/write-answer';
import { DemoCast, demoOrigin } from './demo-cast';
import { DemoMeetingBook } from './demo-meeting-book';
import { demoAttendance, DemoMeeting } from './demo-meetings';
import { DemoTimeline } from './demo-timeline';
import { DEMO_SCHOOLS } from './demo-trust';

/** A policy decision of a demo meeting; its ids are known once the set-up steps have run. */
export type DemoDecision = Omit<DecisionRequest, 'minuteRef' | 'policyId' | 'schoolId'> & { policyId: () => string; schoolKey?: string; words: string };

/** An action agreed at a meeting: its owner, due and (when done) completion, in days after the meeting. */
interface MeetingAction {
  meeting: (m: DemoMeeting, held: HeldMeetings) => boolean;
  title: string;
  owner: (m: DemoMeeting) => string;
  dueAfterDays: number;
  done?: { afterDays: number; note: string };
}

const CLERK = 'Daniel Okafor';
const ADMIN = 'Helen Carter';

/** The first minute of each meeting the clerk writes. */
const OPENING_NOTE = 'Apologies received and the minutes of the last meeting agreed as a true record.';

/**
 * The clerk's part of the demo's meetings, through the same commands as the API: each meeting
 * set up a few weeks before its date, then on the day its attendance, its decisions (policy
 * decisions carry the demo's approvals and adoptions), notes and the actions agreed.
 */
export class DemoMeetingSteps {
  constructor(
    private readonly commands: CommandBus,
    private readonly timeline: DemoTimeline,
    private readonly cast: DemoCast,
    private readonly book: DemoMeetingBook,
    /** The members recorded for a body on the meeting date, by name: those appointed to it then. */
    private readonly membersOf: (meeting: DemoMeeting) => string[],
  ) {}

  /** Set-up and attendance of every meeting, and the opening note: before the day's decisions. */
  planMeetings(): void {
    for (const [index, meeting] of this.book.meetings.entries()) {
      this.timeline.on(meeting.setUpOn, async () => {
        const schoolId = meeting.schoolKey ? this.cast.schoolId(meeting.schoolKey) : undefined;
        const set = await this.run(
          new ScheduleMeetingCommand(demoOrigin(this.clerk(), this.cast.trustId), { body: meeting.body, date: meeting.date, title: meeting.title, ...(schoolId ? { schoolId } : {}) }),
        );
        this.book.remember(meeting, set.id);
      });
      if (!meeting.held) continue;
      this.timeline.on(meeting.date, () => {
        const attendance = demoAttendance(this.membersOf(meeting), meeting, index).map(({ name, status }) => ({ personId: this.cast.person(name).personId, status }));
        return this.run(new RecordAttendanceCommand(demoOrigin(this.clerk(), this.cast.trustId), this.book.id(meeting), attendance));
      });
      if (meeting.quorate) this.note(meeting, OPENING_NOTE);
    }
  }

  /** A policy decision of the meeting on its date, with the next minute reference. */
  decide(meeting: DemoMeeting, decision: DemoDecision): void {
    this.timeline.on(meeting.date, () => {
      const { policyId, schoolKey, words, ...rest } = decision;
      const request: DecisionRequest = {
        ...rest,
        policyId: policyId(),
        ...(schoolKey ? { schoolId: this.cast.schoolId(schoolKey) } : {}),
        minuteRef: this.book.minute(meeting, words),
      };
      return this.run(new RecordDecisionCommand(demoOrigin(this.clerk(), this.cast.trustId), this.book.id(meeting), request));
    });
  }

  /** A resolution recorded as a note. */
  note(meeting: DemoMeeting, text: string): void {
    this.timeline.on(meeting.date, () =>
      this.run(
        new RecordDecisionCommand(demoOrigin(this.clerk(), this.cast.trustId), this.book.id(meeting), { kind: 'note', text, minuteRef: this.book.minute(meeting, text) }),
      ),
    );
  }

  /** The reports received and the actions agreed, after the policy decisions of each meeting. */
  planClosingBusiness(today: LocalDate): void {
    const held = new HeldMeetings(this.book.meetings);
    for (const meeting of this.book.meetings) {
      if (!meeting.held || !meeting.quorate) continue;
      this.note(
        meeting,
        meeting.body === 'trust-board'
          ? "The CEO's report and the compliance dashboard were received; trustees asked about the overdue reviews at each academy."
          : "The headteacher's termly report and the link governors' reports were received and discussed.",
      );
      for (const action of MEETING_ACTIONS.filter((a) => a.meeting(meeting, held))) this.agree(meeting, action, today);
    }
  }

  private agree(meeting: DemoMeeting, action: MeetingAction, today: LocalDate): void {
    let actionId = '';
    const owner = action.owner(meeting);
    this.timeline.on(meeting.date, async () => {
      const opened = await this.run(
        new OpenActionCommand(demoOrigin(this.clerk(), this.cast.trustId), {
          title: action.title,
          ownerId: this.cast.person(owner).personId,
          dueOn: addDays(meeting.date, action.dueAfterDays),
          ...(meeting.schoolKey ? { schoolId: this.cast.schoolId(meeting.schoolKey) } : {}),
          source: { kind: 'meeting', id: this.book.id(meeting) },
        }),
      );
      actionId = opened.id;
    });
    const done = action.done;
    if (!done) return;
    const completedOn = addDays(meeting.date, done.afterDays);
    if (completedOn > today) return;
    this.timeline.on(completedOn, () =>
      this.run(new CompleteActionCommand(demoOrigin(this.cast.person(owner), this.cast.trustId), actionId, { completedOn, note: done.note })),
    );
  }

  private clerk() {
    return this.cast.person(CLERK);
  }

  private run<T extends WriteOutcome>(command: Command<T>): Promise<T> {
    return this.commands.execute(command);
  }
}

/**
 * Actions agreed at meetings: a few done with a note, one of the clerk's at trust level overdue,
 * and some still open for the next meetings.
 */
const MEETING_ACTIONS: readonly MeetingAction[] = [
  {
    meeting: (m, held) => m.body === 'trust-board' && held.nth(m, 0),
    title: 'Send the new scheme of delegation to the chair of every local governing body',
    owner: () => CLERK,
    dueAfterDays: 14,
    done: { afterDays: 9, note: 'Sent to the four chairs with the summer papers.' },
  },
  {
    meeting: (m, held) => m.body === 'trust-board' && held.nth(m, 5),
    title: 'Commission an external review of safeguarding across the trust',
    owner: () => ADMIN,
    dueAfterDays: 120,
    done: { afterDays: 101, note: 'Review completed; its report goes to the summer board.' },
  },
  {
    meeting: (m, held) => m.body === 'trust-board' && held.last(m),
    title: "Circulate the summary of this year's safeguarding guidance to every governor",
    owner: () => CLERK,
    dueAfterDays: 21,
  },
  {
    meeting: (m, held) => m.body === 'trust-board' && held.last(m),
    title: 'Bring attendance figures for each academy to the next board',
    owner: () => ADMIN,
    dueAfterDays: 80,
  },
  {
    meeting: (m, held) => m.body === 'local-governing-body' && held.nth(m, 2),
    title: 'Walk the site with the premises manager against the accessibility plan',
    owner: (m) => headteacherOf(m),
    dueAfterDays: 56,
    done: { afterDays: 40, note: 'Done; two ramps and the hearing loop added to the plan.' },
  },
  {
    meeting: (m, held) => m.body === 'local-governing-body' && held.last(m),
    title: 'Arrange a governor visit to see the new version of the behaviour policy in practice',
    owner: (m) => DEMO_SCHOOLS.find((s) => s.key === m.schoolKey)?.otherGovernors[0] ?? CLERK,
    dueAfterDays: 60,
  },
];

/** The held, quorate meetings of each body in date order: which one an action belongs to follows today. */
class HeldMeetings {
  constructor(private readonly meetings: readonly DemoMeeting[]) {}

  /** Whether `meeting` is the body's nth (0-based) held meeting. */
  nth(meeting: DemoMeeting, n: number): boolean {
    return this.of(meeting)[n]?.key === meeting.key;
  }

  /** Whether `meeting` is the body's latest held meeting. */
  last(meeting: DemoMeeting): boolean {
    return this.of(meeting).at(-1)?.key === meeting.key;
  }

  private of(meeting: DemoMeeting): DemoMeeting[] {
    return this.meetings.filter((m) => m.body === meeting.body && m.schoolKey === meeting.schoolKey && m.held && m.quorate);
  }
}

function headteacherOf(meeting: DemoMeeting): string {
  return DEMO_SCHOOLS.find((s) => s.key === meeting.schoolKey)?.headteacher ?? ADMIN;
}

