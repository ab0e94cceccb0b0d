import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  LocalDate,
  PolicyFacts,
  policyFactsOf,
  refuseFutureDate,
  schoolPolicyDecider,
  SchoolPolicyEvent,
  streamIds,
  TrustSchool,
} from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { ActionsQuery, PolicyRegisterQuery, ProjectionRunner, RegisterRow } from '@governance/projections';
import type { DigestAction } from '@governance/notifications';
import { Actor } from '../auth/actor';
import { Clock } from '../clock/clock';
import { CommandExecutor, CommandOrigin } from '../commands/command-executor';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { TrustReader } from '../trusts/trust-reader';
import { deterministicEventId } from '../commands/name-based-id';
import { ReminderPlanner } from './reminder-planner';
import { NO_RECORDS, RecordReminders } from './records-reminders';
import { MeetingReminderPlanner } from './meeting-reminder-planner';
import { PapersReminderPlanner } from './papers-reminder-planner';
import { AcknowledgementReminderPlanner } from './acknowledgement-reminder-planner';
import { ResponsiblePeople, TrustPeople } from './responsible-people';
import { ScanCandidates } from './scan-candidates';
import { ScannedReview } from './scanned-review';
import { StreamReaders } from './stream-readers';
import { termsEndingForClerks } from './terms-ending-digest';
import { PeopleDirectory } from '../directory/people-directory';

export interface ScanRequest {
  asOf: LocalDate;
  /** The trusts to scan, or every trust with policies. */
  trustIds: readonly string[] | 'all';
  actor: Actor;
  correlationId: string;
}

export interface ScanResult {
  asOf: LocalDate;
  /** ReviewDue events this run appended. */
  reviewDue: number;
  reviewOverdue: number;
  /** The log position after the run (of its last event, or the head when it appended nothing). */
  position: string;
  trusts: number;
  /** Reminder emails newly added to the outbox. */
  reminders: number;
}

/** How long a scan waits for the read models to reach the head of the log. */
const CATCH_UP_MS = 10_000;

/**
 * The review scan: as of a day, finds every review that is due soon or overdue (the policy
 * register read model, assessed with the trust's term calendar), records `ReviewDue` and
 * `ReviewOverdue` on the school's policy stream through the school-policy decider, and puts
 * the reminders they call for in the outbox.
 *
 * Once only, also across runs, restarts and instances: the decider records one mark per due
 * date (`markedDue`/`markedOverdue`), the executor appends with the revision it read, and each
 * event's id is derived from what it means, so a racing duplicate is recognised by the store.
 */
@Injectable()
export class ReviewScanService {
  private readonly logger = new Logger('ReviewScan');
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly executor: CommandExecutor,
    private readonly runner: ProjectionRunner,
    private readonly registers: PolicyRegisterQuery,
    private readonly candidates: ScanCandidates,
    private readonly trusts: TrustReader,
    private readonly calendars: TrustCalendars,
    private readonly readers: StreamReaders,
    private readonly people: ResponsiblePeople,
    private readonly planner: ReminderPlanner,
    private readonly meetingReminders: MeetingReminderPlanner,
    private readonly papersReminders: PapersReminderPlanner,
    private readonly clock: Clock,
    private readonly actions: ActionsQuery,
    private readonly directory: PeopleDirectory,
    private readonly records: RecordReminders,
    private readonly acknowledgements: AcknowledgementReminderPlanner,
  ) {}

  /** Runs a scan after any scan in progress in this process (the scheduler and the route may overlap). */
  scan(request: ScanRequest): Promise<ScanResult> {
    refuseFutureDate(request.asOf, 'asOf', this.clock.today());
    const run = this.running.catch(() => undefined).then(() => this.run(request));
    this.running = run;
    return run;
  }

  /** Resolves when no scan is running (for shutdown). */
  async idle(): Promise<void> {
    await this.running.catch(() => undefined);
  }

  private async run(request: ScanRequest): Promise<ScanResult> {
    if (!(await this.runner.waitForPosition(await this.store.headPosition(), CATCH_UP_MS))) {
      this.logger.warn('The read models are behind the log; this scan may miss the newest reviews (the next one will not).');
    }
    const trustIds = request.trustIds === 'all' ? this.candidates.trustsWithPolicies() : request.trustIds;
    const result: ScanResult = { asOf: request.asOf, reviewDue: 0, reviewOverdue: 0, position: '0', trusts: 0, reminders: 0 };
    let position = 0n;
    for (const trustId of trustIds) {
      const trust = await this.trusts.load(trustId);
      if (!trust.exists) continue;
      result.trusts += 1;
      const calendar = await this.calendars.calendarOf(trustId);
      const registers = this.registers.trustRegisters(trustId, trust.schools.map((s) => s.schoolId), request.asOf, calendar);
      const policies = new Map<string, Promise<PolicyFacts | null>>();
      const reviews: ScannedReview[] = [];
      for (const school of trust.schools) {
        for (const row of registers.get(school.schoolId) ?? []) {
          if (row.nextReviewDue === null || !['due-soon', 'overdue', 'in-date'].includes(row.status)) continue;
          if (!policies.has(row.policyId)) policies.set(row.policyId, this.policyFacts(row.policyId));
          const facts = await policies.get(row.policyId)!;
          if (facts === null || facts.retired) continue;
          const origin: CommandOrigin = { trustId, schoolId: school.schoolId, actor: request.actor, correlationId: request.correlationId };
          const marked = await this.mark(school, row, facts, request.asOf, origin);
          result.reviewDue += marked.due;
          result.reviewOverdue += marked.overdue;
          if (marked.position > position) position = marked.position;
          reviews.push(await this.scanned(school, row, facts));
        }
      }
      const settings = await this.readers.reminderSettings(trustId);
      // People and their roles are read only when someone may have to be told.
      const meetingsSoon = this.meetingReminders.upcoming(trustId, request.asOf).length > 0;
      const papersWaiting = await this.papersReminders.waiting(trustId, request.asOf);
      const reading = this.acknowledgements.rows(trustId);
      const readingOutstanding = reading.some((row) => row.outstanding > 0);
      if (settings.weeklyDigest || meetingsSoon || papersWaiting.length > 0 || readingOutstanding || reviews.some((review) => review.status !== 'in-date')) {
        const people = await this.people.ofTrust(trustId);
        const overdueActions = settings.weeklyDigest ? this.overdueActions(trustId, trust.schools, request.asOf, people) : new Map();
        const termsEnding = settings.weeklyDigest ? termsEndingForClerks(people, trust.schools, request.asOf, calendar, this.directory) : new Map();
        const records = settings.weeklyDigest ? await this.records.forDigest(trustId, people, request.asOf) : NO_RECORDS;
        result.reminders += await this.planner.plan({ id: trustId, name: trust.name }, reviews, request.asOf, settings, people, overdueActions, termsEnding, records);
        if (meetingsSoon) result.reminders += this.meetingReminders.plan(trust, request.asOf, people);
        if (papersWaiting.length > 0) result.reminders += this.papersReminders.plan(trust, papersWaiting, request.asOf, people);
        if (readingOutstanding) result.reminders += this.acknowledgements.plan(trust, reading, request.asOf, people);
      }
    }
    result.position = String(position > 0n ? position : await this.store.headPosition());
    this.logger.log(
      `Review scan as of ${request.asOf}: ${result.trusts} trust(s), ${result.reviewDue} due and ${result.reviewOverdue} overdue recorded, ${result.reminders} reminder(s) queued`,
    );
    return result;
  }

  /** Each owner's overdue actions as of the scan's day, for their weekly digest (owners still holding a role only). */
  private overdueActions(trustId: string, schools: readonly TrustSchool[], asOf: LocalDate, people: TrustPeople): Map<string, DigestAction[]> {
    const names = new Map(schools.map((school) => [school.schoolId, school.name]));
    const byOwner = new Map<string, DigestAction[]>();
    for (const action of this.actions.list(trustId, asOf, { status: 'overdue', readable: 'all' })) {
      if (!people.holdsRole(action.ownerId)) continue;
      const schoolName = action.schoolId === null ? null : (names.get(action.schoolId) ?? null);
      byOwner.set(action.ownerId, [...(byOwner.get(action.ownerId) ?? []), { title: action.title, schoolName, dueOn: action.dueOn, sourceInWords: action.sourceInWords }]);
    }
    return byOwner;
  }

  /** Records ReviewDue (and ReviewOverdue) for a review due soon or overdue; in-date ones are left alone. */
  private async mark(
    school: TrustSchool,
    row: RegisterRow,
    policy: PolicyFacts,
    asOf: LocalDate,
    origin: CommandOrigin,
  ): Promise<{ due: number; overdue: number; position: bigint }> {
    const marked = { due: 0, overdue: 0, position: 0n };
    if (row.status !== 'due-soon' && row.status !== 'overdue') return marked;
    const data = { schoolId: school.schoolId, policyId: row.policyId, policy, dueOn: row.nextReviewDue!, asOf };
    const streamId = streamIds.schoolPolicy(school.schoolId, row.policyId);
    const eventId = (event: SchoolPolicyEvent) => deterministicEventId(`${event.type}/${school.schoolId}/${row.policyId}/${data.dueOn}`);
    const types = row.status === 'overdue' ? (['MarkReviewDue', 'MarkReviewOverdue'] as const) : (['MarkReviewDue'] as const);
    for (const type of types) {
      try {
        const result = await this.executor.execute(schoolPolicyDecider, streamId, { type, data }, origin, { eventId });
        if (!result.changed) continue;
        if (type === 'MarkReviewDue') marked.due += 1;
        else marked.overdue += 1;
        marked.position = result.position;
      } catch (error) {
        // A rule refusing the mark (the read model ahead of or behind the stream) must not stop the scan.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Review scan skipped ${type} for policy ${row.policyId} at school ${school.schoolId}: ${error.message}`);
      }
    }
    return marked;
  }

  private async scanned(school: TrustSchool, row: RegisterRow, facts: PolicyFacts): Promise<ScannedReview> {
    const marks =
      row.status === 'in-date'
        ? { due: null, overdue: null }
        : await this.readers.reviewMarks(school.schoolId, row.policyId, row.nextReviewDue!);
    return {
      schoolId: school.schoolId,
      schoolName: school.name,
      policyId: row.policyId,
      title: facts.title,
      scope: facts.scope,
      status: row.status,
      dueOn: row.nextReviewDue!,
      dueAsGiven: row.nextReviewDueAsGiven,
      markedDueOn: marks.due,
      markedOverdueOn: marks.overdue,
    };
  }

  private async policyFacts(policyId: string): Promise<PolicyFacts | null> {
    const state = await this.readers.policy(policyId);
    return state.registered ? policyFactsOf(state, policyId) : null;
  }
}
