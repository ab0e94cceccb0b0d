import { Inject, Injectable } from '@nestjs/common';
import { addDays, isBefore, lastDayForPapers, LocalDate, PAPERS_CLEAR_DAYS, RegisteredTrust } from '@governance/domain';
import { NewOutboxMessage, Outbox, papersReminderEmail, reminderMessageId } from '@governance/notifications';
import { MeetingsQuery } from '@governance/projections';
import type { MeetingSummary } from '@governance/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { MeetingReader } from '../meetings/meeting-reader';
import { meetingName } from '../meetings/meeting-name';
import { TrustPeople } from './responsible-people';

/**
 * Reminds the clerks of a meeting whose papers are not recorded as sent, from the last day that
 * still gives seven clear days (eight days before the meeting) to the day before it, once: the
 * outbox key `papers:{meetingId}:{date}:{person}` is kept once, and a moved meeting is a new date.
 */
@Injectable()
export class PapersReminderPlanner {
  private readonly domain: string;

  constructor(
    private readonly meetings: MeetingsQuery,
    private readonly readers: MeetingReader,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.domain = /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(config.publicUrl)?.[1] ?? 'localhost';
  }

  /** Meetings after today whose last day for papers has come, not cancelled, papers not recorded as sent. */
  async waiting(trustId: string, asOf: LocalDate): Promise<MeetingSummary[]> {
    const soon = this.meetings
      .list(trustId, { from: addDays(asOf, 1), to: addDays(asOf, PAPERS_CLEAR_DAYS + 1) })
      .filter((meeting) => !meeting.cancelled && !isBefore(asOf, lastDayForPapers(meeting.date)));
    const waiting: MeetingSummary[] = [];
    for (const meeting of soon) {
      const state = await this.readers.load(meeting.id);
      if (state.scheduled && !state.cancelled && state.papers === null) waiting.push(meeting);
    }
    return waiting;
  }

  /** Adds the reminders for those meetings; answers how many were new. */
  plan(trust: RegisteredTrust, meetings: readonly MeetingSummary[], asOf: LocalDate, people: TrustPeople): number {
    const messages: NewOutboxMessage[] = [];
    for (const meeting of meetings) {
      const email = papersReminderEmail({ trustName: trust.name, meetingName: meetingName(trust, meeting), date: meeting.date, lastDay: lastDayForPapers(meeting.date), asOf });
      for (const personId of people.clerksOf(meeting.schoolId)) {
        const key = `papers:${meeting.id}:${meeting.date}:${personId}`;
        messages.push({
          key,
          trustId: trust.trustId,
          personId,
          reviewKey: null,
          step: 'papers-last-day',
          stepOrder: meeting.date,
          subject: email.subject,
          body: email.text,
          messageId: reminderMessageId(key, this.domain),
        });
      }
    }
    const now = this.clock.now();
    return this.outbox.transaction(() => messages.filter((m) => this.outbox.enqueue(m, now)).length);
  }
}
