import { Inject, Injectable } from '@nestjs/common';
import { addDays, LocalDate, RegisteredTrust } from '@governance/domain';
import { MEETING_REMINDER_DAYS, meetingReminderEmail, NewOutboxMessage, Outbox, reminderMessageId } from '@governance/notifications';
import { MeetingsQuery } from '@governance/projections';
import type { MeetingSummary } from '@governance/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { meetingName } from '../meetings/meeting-name';
import { TrustPeople } from './responsible-people';

/**
 * Reminds each member of a body of its meeting, once, from a week before: every scan from
 * MEETING_REMINDER_DAYS before the meeting to its day puts the same outbox key
 * (`meeting:{meetingId}:{date}:{person}`), which the outbox keeps once. A moved meeting has a new
 * date, so its members are told again; a cancelled one is not reminded.
 */
@Injectable()
export class MeetingReminderPlanner {
  private readonly domain: string;

  constructor(
    private readonly meetings: MeetingsQuery,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.domain = /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(config.publicUrl)?.[1] ?? 'localhost';
  }

  /** The meetings coming up in the next week, not cancelled (read before the people, who are only loaded when needed). */
  upcoming(trustId: string, asOf: LocalDate): MeetingSummary[] {
    return this.meetings.list(trustId, { from: asOf, to: addDays(asOf, MEETING_REMINDER_DAYS) }).filter((meeting) => !meeting.cancelled);
  }

  /** Adds the reminders due for those meetings; answers how many were new. */
  plan(trust: RegisteredTrust, asOf: LocalDate, people: TrustPeople): number {
    const messages: NewOutboxMessage[] = [];
    for (const meeting of this.upcoming(trust.trustId, asOf)) {
      const name = meetingName(trust, meeting);
      for (const personId of people.membersOf(meeting)) {
        const key = `meeting:${meeting.id}:${meeting.date}:${personId}`;
        const email = meetingReminderEmail({ trustName: trust.name, meetingName: name, date: meeting.date, asOf });
        messages.push({
          key,
          trustId: trust.trustId,
          personId,
          reviewKey: null,
          step: 'meeting-week-before',
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
