import { Inject, Injectable } from '@nestjs/common';
import { Appointment, LocalDate, RegisteredTrust, TermCalendar, isTermId, termLabel } from '@governance/domain';
import { AllDayEvent, longDate, renderCalendar } from '@governance/notifications';
import { MeetingsQuery, PolicyRegisterQuery, RegisterRow } from '@governance/projections';
import { Clock } from '../clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { policyLink } from '../review-scan/links';
import { PeopleDirectory } from '../directory/people-directory';
import { meetingEvents, meetingsFrom } from './meeting-events';
import { termOfOfficeEvents } from './term-of-office-events';

const STATUS_WORDS: Record<string, string> = { 'due-soon': 'Due soon', overdue: 'Overdue', 'in-date': 'In date' };
/** Statuses with a review to show: the cycle has started and the school has adopted the policy. */
const SHOWN = new Set(['due-soon', 'overdue', 'in-date']);

/**
 * The calendar of a trust's reviews: an all-day event on the due date of every upcoming and
 * overdue review, with the school and policy in the summary. A school's own policy gives one
 * event per school; a trust-wide policy, which the trust reviews once for all its schools,
 * gives one event. UIDs name the school (or trust), the policy and the due date, so they stay
 * the same from one fetch to the next and change only when a new review cycle starts.
 * Meetings (of the last year and to come) are in it too, as all-day events (meeting-events.ts),
 * and terms of office ending by the end of next term (term-of-office-events.ts).
 */
@Injectable()
export class CalendarFeedService {
  /** The host named in UIDs. */
  readonly domain: string;

  constructor(
    private readonly registers: PolicyRegisterQuery,
    private readonly meetings: MeetingsQuery,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: PeopleDirectory,
  ) {
    this.domain = /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(config.publicUrl)?.[1] ?? 'localhost';
  }

  /** `personal`: the reader's own deadlines (own-record-events.ts), added as given. */
  render(trust: RegisteredTrust, schoolIds: readonly string[], calendar: TermCalendar, appointments: readonly Appointment[] = [], personal: readonly AllDayEvent[] = []): string {
    const asOf = this.clock.today();
    const registers = this.registers.trustRegisters(trust.trustId, schoolIds, asOf, calendar);
    const events = new Map<string, AllDayEvent>();
    for (const schoolId of schoolIds) {
      const school = trust.schools.find((s) => s.schoolId === schoolId);
      if (!school) continue;
      for (const row of registers.get(schoolId) ?? []) {
        if (!SHOWN.has(row.status) || row.nextReviewDue === null) continue;
        const event = this.eventOf(trust, row.scope === 'trust' ? null : school.name, schoolId, row, asOf);
        if (!events.has(event.uid)) events.set(event.uid, event);
      }
    }
    for (const meeting of meetingEvents(trust, schoolIds, this.meetings.list(trust.trustId, { from: meetingsFrom(asOf) }), this.domain)) {
      events.set(meeting.uid, meeting);
    }
    for (const ending of termOfOfficeEvents(trust, schoolIds, appointments, asOf, calendar, this.directory, this.domain)) events.set(ending.uid, ending);
    for (const event of personal) events.set(event.uid, event);
    const sorted = [...events.values()].sort((a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary));
    const only = schoolIds.length === 1 ? trust.schools.find((s) => s.schoolId === schoolIds[0])?.name : undefined;
    return renderCalendar(
      {
        name: `${only ?? trust.name}: policy reviews`,
        description: `Policy review due dates of ${only ?? trust.name}, from the governance tracker`,
        now: this.clock.now(),
      },
      sorted,
    );
  }

  private eventOf(trust: RegisteredTrust, schoolName: string | null, schoolId: string, row: RegisterRow, asOf: LocalDate): AllDayEvent {
    const dueOn = row.nextReviewDue!;
    const where = schoolName ?? `${trust.name} (trust-wide)`;
    const overdue = row.status === 'overdue';
    const link = policyLink(this.config.publicUrl, schoolId, row.policyId);
    const owner = schoolName === null ? `trust-${trust.trustId}` : `school-${schoolId}`;
    const given = row.nextReviewDueAsGiven && isTermId(row.nextReviewDueAsGiven) ? ` (${termLabel(row.nextReviewDueAsGiven)})` : '';
    return {
      uid: `review.${owner}.${row.policyId}.${dueOn}@${this.domain}`,
      date: dueOn,
      summary: `${overdue ? 'OVERDUE: ' : ''}${row.title} review – ${where}`,
      description: [
        `Review of "${row.title}" at ${where}, due by ${longDate(dueOn)}${given}.`,
        `Status on ${longDate(asOf)}: ${STATUS_WORDS[row.status] ?? row.status}.`,
        row.lastReviewedOn ? `Last reviewed ${longDate(row.lastReviewedOn)}.` : 'Not reviewed since it was adopted.',
        `Every ${row.reviewCycleMonths} month(s)${row.statutory ? '; statutory' : ''}.`,
        link,
      ].join('\n'),
      url: link,
      categories: ['Policy review', STATUS_WORDS[row.status] ?? row.status],
    };
  }
}
