import { Inject, Injectable } from '@nestjs/common';
import { acknowledgementReminderFor, daysBetween, isHeadteacherGrantOf, LocalDate, OutstandingReading, RegisteredTrust } from '@governance/domain';
import {
  acknowledgementReminderEmail,
  acknowledgementSummaryEmail,
  AcknowledgementSummaryRow,
  isoWeek,
  NewOutboxMessage,
  Outbox,
  reminderMessageId,
} from '@governance/notifications';
import { AcknowledgementsQuery } from '@governance/projections';
import type { AcknowledgementProgressRow } from '@governance/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { complianceLink, emailSignInLink, readingLink } from './links';
import { TrustPeople } from './responsible-people';

/**
 * Read and acknowledge, from the daily scan: each member of staff still outstanding 7 and 14
 * days after they were asked gets one email per school and step listing everything they still
 * have to read there; each school's headteacher gets a weekly summary while anything is
 * outstanding. Progress counts current staff only, so a leaver or an erased person is not
 * reminded. Keys: `ack:{school}:{person}:{oldest askedOn}|ack-{7|14}` (the cycle is named by the
 * oldest outstanding ask; only the latest step reached is sent) and
 * `ack-summary:{school}:{person}:{ISO week}`.
 */
@Injectable()
export class AcknowledgementReminderPlanner {
  private readonly domain: string;

  constructor(
    private readonly progress: AcknowledgementsQuery,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.domain = /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(config.publicUrl)?.[1] ?? 'localhost';
  }

  /** The trust's rows with who is outstanding (empty when nothing asks). */
  rows(trustId: string): AcknowledgementProgressRow[] {
    return this.progress.progress(trustId, { withPeople: true }).rows;
  }

  /** Adds the reminders and summaries the rows call for; answers how many were new. */
  plan(trust: RegisteredTrust, rows: readonly AcknowledgementProgressRow[], asOf: LocalDate, people: TrustPeople): number {
    const messages = [...this.reminders(trust, rows, asOf, people), ...this.summaries(trust, rows, asOf, people)];
    const now = this.clock.now();
    return this.outbox.transaction(() => messages.filter((m) => this.outbox.enqueue(m, now)).length);
  }

  private reminders(trust: RegisteredTrust, rows: readonly AcknowledgementProgressRow[], asOf: LocalDate, people: TrustPeople): NewOutboxMessage[] {
    const bySchoolAndPerson = new Map<string, { schoolId: string; schoolName: string; personId: string; items: OutstandingReading[] }>();
    for (const row of rows) {
      for (const person of row.outstandingPeople ?? []) {
        // Asked after the scan's day (a scan of an earlier day): not yet outstanding then.
        if (daysBetween(person.askedOn, asOf) < 0 || !people.holdsRole(person.personId)) continue;
        const key = `${row.schoolId}/${person.personId}`;
        if (!bySchoolAndPerson.has(key)) bySchoolAndPerson.set(key, { schoolId: row.schoolId, schoolName: row.schoolName, personId: person.personId, items: [] });
        bySchoolAndPerson.get(key)!.items.push({ policyId: row.policyId, title: row.title, version: row.version, askedOn: person.askedOn });
      }
    }
    const messages: NewOutboxMessage[] = [];
    for (const { schoolId, schoolName, personId, items } of bySchoolAndPerson.values()) {
      const due = acknowledgementReminderFor(items, asOf);
      if (due === null) continue;
      const reviewKey = `ack:${schoolId}:${personId}:${due.oldestAskedOn}`;
      const stepOrder = String(due.step).padStart(2, '0');
      if (this.outbox.hasStepAtOrAfter(reviewKey, personId, stepOrder)) continue;
      const email = acknowledgementReminderEmail({
        step: due.step,
        trustName: trust.name,
        schoolName,
        items: due.items,
        readingUrl: readingLink(this.config.publicUrl),
        signInUrl: emailSignInLink(this.config.publicUrl),
      });
      const key = `${reviewKey}|ack-${due.step}`;
      messages.push({ key, trustId: trust.trustId, personId, reviewKey, step: `ack-${due.step}`, stepOrder, subject: email.subject, body: email.text, messageId: reminderMessageId(key, this.domain) });
    }
    return messages;
  }

  private summaries(trust: RegisteredTrust, rows: readonly AcknowledgementProgressRow[], asOf: LocalDate, people: TrustPeople): NewOutboxMessage[] {
    const week = isoWeek(asOf);
    const messages: NewOutboxMessage[] = [];
    for (const school of trust.schools) {
      const atSchool = rows.filter((row) => row.schoolId === school.schoolId);
      if (!atSchool.some((row) => row.outstanding > 0)) continue;
      const summary: AcknowledgementSummaryRow[] = atSchool.map((row) => ({
        title: row.title,
        version: row.version,
        staff: row.staff,
        acknowledged: row.acknowledged,
        outstanding: row.outstanding,
        lateNames: (row.outstandingPeople ?? []).filter((person) => daysBetween(person.askedOn, asOf) > 7).map((person) => person.name),
      }));
      const email = acknowledgementSummaryEmail({ trustName: trust.name, schoolName: school.name, asOf, rows: summary, dashboardUrl: complianceLink(this.config.publicUrl) });
      const heads = people.everyone().filter(([, grants]) => grants.some((grant) => isHeadteacherGrantOf(grant, school.schoolId)));
      for (const [personId] of heads) {
        const key = `ack-summary:${school.schoolId}:${personId}:${week}`;
        messages.push({ key, trustId: trust.trustId, personId, reviewKey: null, step: 'ack-summary', stepOrder: week, subject: email.subject, body: email.text, messageId: reminderMessageId(key, this.domain) });
      }
    }
    return messages;
  }
}
