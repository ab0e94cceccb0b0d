import { Inject, Injectable } from '@nestjs/common';
import { addMonths, isAfter, LocalDate, ReminderSettings } from '@governance/domain';
import {
  DigestAction,
  digestEmail,
  DigestItem,
  DigestTermEnding,
  isoWeek,
  NewOutboxMessage,
  Outbox,
  reminderEmail,
  reminderMessageId,
  stepToSend,
} from '@governance/notifications';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { policyLink } from './links';
import { NO_RECORDS, RecordsForDigest } from './records-reminders';
import { ResponsiblePerson, TrustPeople } from './responsible-people';
import { reviewKeyOf, ScannedReview } from './scanned-review';

/** How far ahead the weekly digest looks. */
const DIGEST_MONTHS = 3;

/**
 * Turns a scan's findings into outbox messages: for each review due soon or overdue, the one
 * reminder step reached (reminder-steps.ts) for each responsible person, and once a week
 * (when the trust asked for it) a digest per person. The outbox key makes each reminder
 * once-only: `{review cycle}|{step}|{person}` and `digest:{trust}:{person}:{ISO week}`.
 */
@Injectable()
export class ReminderPlanner {
  private readonly domain: string;

  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.domain = /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(config.publicUrl)?.[1] ?? 'localhost';
  }

  /** Adds the messages this scan calls for; answers how many were new. */
  async plan(
    trust: { id: string; name: string },
    reviews: readonly ScannedReview[],
    asOf: LocalDate,
    settings: ReminderSettings,
    people: TrustPeople,
    overdueActions: ReadonlyMap<string, DigestAction[]> = new Map(),
    termsEnding: ReadonlyMap<string, DigestTermEnding[]> = new Map(),
    records: RecordsForDigest = NO_RECORDS,
  ): Promise<number> {
    const messages: NewOutboxMessage[] = [];
    const digests = new Map<string, Map<string, DigestItem>>();
    // Each owner's overdue actions, each clerk's terms of office ending, each person's governor records to renew
    // and a clerk's records to chase go in their weekly digest (with no review in it too).
    if (settings.weeklyDigest)
      for (const personId of [...overdueActions.keys(), ...termsEnding.keys(), ...records.own.keys(), ...records.toChase.keys()])
        if (!digests.has(personId)) digests.set(personId, new Map());
    for (const review of reviews) {
      const remind = review.status === 'due-soon' || review.status === 'overdue';
      const inDigest = settings.weeklyDigest && !isAfter(review.dueOn, addMonths(asOf, DIGEST_MONTHS));
      if (!remind && !inDigest) continue;
      const recipients =
        review.scope === 'trust'
          ? people.trustAdmins()
          : await people.forSchoolPolicy(review.schoolId, review.schoolName, review.policyId);
      if (remind) messages.push(...this.reminders(trust, review, asOf, settings, recipients));
      if (inDigest) {
        for (const { personId } of recipients) {
          if (!digests.has(personId)) digests.set(personId, new Map());
          digests.get(personId)!.set(reviewKeyOf(review), this.digestItem(trust.id, review));
        }
      }
    }
    for (const [personId, items] of digests)
      messages.push(this.digest(trust, personId, asOf, [...items.values()], overdueActions.get(personId) ?? [], termsEnding.get(personId) ?? [], records));
    const now = this.clock.now();
    return this.outbox.transaction(() => messages.filter((m) => this.outbox.enqueue(m, now)).length);
  }

  private reminders(
    trust: { id: string; name: string },
    review: ScannedReview,
    asOf: LocalDate,
    settings: ReminderSettings,
    recipients: ResponsiblePerson[],
  ): NewOutboxMessage[] {
    const step = stepToSend(
      { dueOn: review.dueOn, markedDueOn: review.markedDueOn, markedOverdueOn: review.markedOverdueOn },
      settings,
      asOf,
    );
    if (step === null) return [];
    const reviewKey = reviewKeyOf(review);
    return recipients
      .filter(({ personId }) => !this.outbox.hasStepAtOrAfter(reviewKey, personId, step.order))
      .map(({ personId, reason }) => {
        const key = `${reviewKey}|${step.name}|${personId}`;
        const email = reminderEmail({
          step,
          trustName: trust.name,
          schoolName: review.scope === 'trust' ? null : review.schoolName,
          policyTitle: review.title,
          dueOn: review.dueOn,
          dueAsGiven: review.dueAsGiven,
          asOf,
          policyUrl: policyLink(this.config.publicUrl, review.schoolId, review.policyId),
          reason,
        });
        return {
          key,
          trustId: trust.id,
          personId,
          reviewKey,
          step: step.name,
          stepOrder: step.order,
          subject: email.subject,
          body: email.text,
          messageId: reminderMessageId(key, this.domain),
        };
      });
  }

  private digestItem(trustId: string, review: ScannedReview): DigestItem {
    return {
      policyTitle: review.title,
      schoolName: review.scope === 'trust' ? null : review.schoolName,
      dueOn: review.dueOn,
      overdue: review.status === 'overdue',
      policyUrl: policyLink(this.config.publicUrl, review.schoolId, review.policyId),
    };
  }

  private digest(
    trust: { id: string; name: string },
    personId: string,
    asOf: LocalDate,
    items: DigestItem[],
    overdueActions: DigestAction[],
    termsEnding: DigestTermEnding[],
    records: RecordsForDigest,
  ): NewOutboxMessage {
    const week = isoWeek(asOf);
    const key = `digest:${trust.id}:${personId}:${week}`;
    const sorted = [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.policyTitle.localeCompare(b.policyTitle));
    const email = digestEmail({ trustName: trust.name, asOf, items: sorted, overdueActions, termsEnding, records: records.own.get(personId), recordsToChase: records.toChase.get(personId) });
    return {
      key,
      trustId: trust.id,
      personId,
      reviewKey: null,
      step: 'digest',
      stepOrder: week,
      subject: email.subject,
      body: email.text,
      messageId: reminderMessageId(key, this.domain),
    };
  }
}
