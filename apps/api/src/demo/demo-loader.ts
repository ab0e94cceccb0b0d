import { Inject, Injectable, Logger } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import {
  addDays,
  addMonths,
  CatalogueEntry,
  defaultTermDates,
  isAfter,
  LocalDate,
  RoleGrant,
  statutoryCatalogue,
  TermId,
} from '@governance/domain';
import { randomBytes } from 'node:crypto';
import { Actor } from '../auth/actor';
import { Clock } from '../clock/clock';
import { ChangeLinkGovernanceCommand } from '../governance/commands/change-link-governance';
import { SubmitTermlyReportCommand } from '../governance/commands/submit-termly-report';
import { RegisterPersonCommand } from '../people/commands/register-person';
import { AddFromCatalogueCommand } from '../policies/commands/add-from-catalogue';
import { ChangePolicyCommand } from '../policies/commands/change-policy';
import { ChangeSchoolPolicyCommand, SchoolPolicyChange } from '../policies/commands/change-school-policy';
import { AddSchoolCommand } from '../trusts/commands/add-school';
import { RegisterTrustCommand } from '../trusts/commands/register-trust';
import { WriteOutcome } from '../trusts/write-answer';
import { DEMO_LINK_AREAS, DEMO_SCHOOLS, DEMO_TRUST_NAME, demoPeople } from './demo-trust';
import { DEMO_LATE_REVIEW, demoOutcome, demoTerms, schoolPolicyHistory } from './demo-history';
import { disabilityConcernEia, noImpactEia } from './demo-eia';
import { demoEvaluation } from './demo-evaluation';
import { demoPolicyOwners, demoStaffLeads } from './demo-owners';
import { AssignPolicyOwnerCommand } from '../policy-owners/commands/assign-policy-owner';
import { DEMO_APPROVER_BEFORE_SCHEME, DEMO_APPROVER_EXCEPTION, DEMO_SCHEME_MONTHS_AGO, demoScheme } from './demo-scheme';
import { SetSchemeOfDelegationCommand } from '../trusts/commands/set-scheme-of-delegation';
import { catalogueTrustPolicyId } from '../policies/commands/add-from-catalogue';
import { SimulatedTime } from '../clock/simulated-time';
import { DemoTimeline } from './demo-timeline';
import { DemoCast, demoOrigin as origin } from './demo-cast';
import { DemoMeetingBook } from './demo-meeting-book';
import { DemoMeetingSteps } from './demo-meeting-steps';
import { DemoVisitActions } from './demo-visit-actions';
import { DemoGovernorRecords } from './demo-governor-records';
import { DEMO_AUTUMN_LGB_DAYS_AGO, demoMeetings } from './demo-meetings';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { StreamStates } from '../commands/stream-states';
import { DemoReading } from './demo-reading';
import { demoStaff } from './demo-staff';

export interface DemoLogin {
  email: string;
  name: string;
  role: string;
}

export interface LoadedDemo {
  trustId: string;
  password: string;
  logins: DemoLogin[];
}

/** Policies whose second version the trust drafted recently (KCSIE and behaviour updates): decisions for the next meetings. */
const RECENTLY_REDRAFTED = ['safeguarding-child-protection', 'online-safety', 'behaviour'];

/**
 * Loads the demo trust through the same command path as the API, each step as the person who
 * would take it (the headteacher adopts, the link governor reports), so its audit trail reads
 * like a real one. The steps are planned first, then played in the order they would have been
 * recorded (DemoTimeline): each on the day it states (a report a few days later), so positions
 * rise with the recorded instants and nothing is recorded late, except one review on purpose.
 */
@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly commands: CommandBus,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly states: StreamStates,
  ) {}

  async load(): Promise<LoadedDemo> {
    const today = this.clock.today();
    const loadingFrom = this.clock.now();
    const password = `meridian-${randomBytes(5).toString('hex')}`;
    const timeline = new DemoTimeline();
    const cast = new DemoCast();
    const policies: DemoPolicy[] = statutoryCatalogue.map((entry) => ({ entry, id: () => catalogueTrustPolicyId(cast.trustId, entry.key) }));

    this.setUpTrust(timeline, cast, password);
    this.draftVersions(timeline, cast, policies, today);
    const records = new DemoGovernorRecords(this.commands, timeline, cast, today, password);
    const book = new DemoMeetingBook(demoMeetings(today));
    const meetings = new DemoMeetingSteps(this.commands, timeline, cast, book, (meeting) => records.membersOn(meeting.body, meeting.schoolKey, meeting.date));
    meetings.planMeetings();
    // Terms of office, declarations (at the meetings, after the attendance) and training.
    records.plan();
    const schemeOn = addMonths(today, -DEMO_SCHEME_MONTHS_AGO);
    timeline.on(schemeOn, () => {
      const scheme = demoScheme([...cast.schoolIds.values()], policies.map(({ id, entry }) => ({ id: id(), approver: entry.approver })));
      return this.run(new SetSchemeOfDelegationCommand(origin(cast.admin(), cast.trustId), scheme));
    });
    const schemeMeeting = book.board(schemeOn);
    if (schemeMeeting) meetings.note(schemeMeeting, 'The scheme of delegation was approved: each local governing body ratifies the trust policies for its academy, except those the headteacher or a committee approves.');
    const approvals = this.trustLevelHistory(timeline, cast, policies, today, { book, meetings });
    this.schoolHistories(timeline, cast, policies, approvals, today, schemeOn, { book, meetings });
    this.policyOwners(timeline, cast, policies);
    this.linkGovernance(timeline, cast, policies, today, new DemoVisitActions(this.commands, this.store, timeline, cast));
    meetings.planClosingBusiness(today);
    this.termlyReports(timeline, cast, today);
    new DemoReading(this.commands, this.states, timeline, cast, today).plan(policies);
    const played = await timeline.play(new SimulatedTime(), today, loadingFrom);

    const logins = [...demoPeople(), ...demoStaff()]
      .filter((person) => person.printed)
      .map((person) => ({ email: person.email, name: person.name, role: person.printed as string }));
    this.logger.log(`Loaded the demo trust “${DEMO_TRUST_NAME}” (${policies.length} policies, ${DEMO_SCHOOLS.length} academies, recorded from ${played[0]?.recordedOn} to ${today})`);
    return { trustId: cast.trustId, password, logins };
  }

  /** The trust, its academies, its people and its copies of the catalogue: before everything else. */
  private setUpTrust(timeline: DemoTimeline, cast: DemoCast, password: string): void {
    const operator: Actor = { kind: 'operator', actorId: 'operator' };
    timeline.setUp(async () => {
      cast.trustId = (await this.run(new RegisterTrustCommand(origin(operator), DEMO_TRUST_NAME))).id;
    });
    for (const school of DEMO_SCHOOLS) {
      timeline.setUp(async () => {
        const added = await this.run(new AddSchoolCommand(origin(operator, cast.trustId), { name: school.name, urn: school.urn, phase: school.phase }));
        cast.schoolIds.set(school.key, added.id);
      });
    }
    // The staff who only read and acknowledge have no password: they sign in with an emailed link.
    const staffOnly = new Set(demoStaff().filter((person) => !person.printed).map((person) => person.name));
    for (const person of [...demoPeople(), ...demoStaffLeads(), ...demoStaff()]) {
      timeline.setUp(async () => {
        const trustId = cast.trustId;
        const roles: RoleGrant[] = person.roles.map((r) => ({ role: r.role, ...(r.schoolKey ? { schoolId: cast.schoolId(r.schoolKey) } : {}) }));
        const credentials = staffOnly.has(person.name) ? {} : { password };
        const registered = await this.run(new RegisterPersonCommand(origin(operator, trustId), { name: person.name, email: person.email, ...credentials, roles }));
        cast.people.set(person.name, { kind: 'person', actorId: registered.id, personId: registered.id, trustId, roles });
      });
    }
    timeline.setUp(async () => {
      const catalogue = await this.commands.execute(new AddFromCatalogueCommand(origin(cast.admin(), cast.trustId), undefined));
      if (catalogue.added.length !== statutoryCatalogue.length) throw new Error('The demo trust must add the whole catalogue');
    });
  }

  private draftVersions(timeline: DemoTimeline, cast: DemoCast, policies: DemoPolicy[], today: LocalDate): void {
    for (const { id, entry } of policies) {
      const draft = (summary: string) => () =>
        this.run(new ChangePolicyCommand(origin(cast.admin(), cast.trustId), id(), { type: 'DraftPolicyVersion', data: { summary } }));
      timeline.setUp(draft(`${entry.title}: the trust's model policy`));
      if (RECENTLY_REDRAFTED.includes(entry.key)) {
        const draftedOn = addDays(today, -45);
        timeline.on(draftedOn, draft(`Updated for this year's statutory guidance (drafted ${draftedOn})`));
      }
    }
  }

  /** Trust-scope policies: approved by the board, then reviewed at trust level. Answers each approval's date. */
  private trustLevelHistory(timeline: DemoTimeline, cast: DemoCast, policies: DemoPolicy[], today: LocalDate, { book, meetings }: DemoMeetingPlan): Map<string, LocalDate> {
    const approvals = new Map<string, LocalDate>();
    for (const [index, { id, entry }] of policies.entries()) {
      if (entry.scope !== 'trust') continue;
      const history = trustHistory(today, entry, index);
      approvals.set(entry.key, history.adoptedOn);
      const send = (command: () => ChangePolicyCommand) => () => this.run(command());
      // The board's approval at a meeting it held that day is a decision of that meeting.
      const board = book.board(history.adoptedOn);
      if (board) meetings.decide(board, { kind: 'approve-policy', policyId: id, version: 1, words: `${entry.title} approved` });
      else timeline.on(
        history.adoptedOn,
        send(
          () =>
            new ChangePolicyCommand(origin(cast.admin(), cast.trustId), id(), {
              type: 'ApprovePolicyVersion',
              data: { version: 1, approvedOn: history.adoptedOn, body: 'trust-board', minuteRef: `TB/${history.adoptedOn.slice(2, 4)}/${String(index + 1).padStart(2, '0')}` },
            }),
        ),
      );
      for (const review of history.reviews) {
        const reviewedAt = book.board(review.reviewedOn);
        if (reviewedAt) {
          meetings.decide(reviewedAt, { kind: 'review-policy', policyId: id, outcome: review.outcome, ...(review.nextReviewDue ? { nextReviewDue: review.nextReviewDue } : {}), text: 'Reviewed by the trust board', words: `${entry.title} reviewed` });
          continue;
        }
        timeline.on(
          review.reviewedOn,
          send(() => new ChangePolicyCommand(origin(cast.admin(), cast.trustId), id(), { type: 'ReviewPolicy', data: { ...review, notes: 'Reviewed by the trust board' } })),
        );
      }
    }
    return approvals;
  }

  /** Each school adopts its policies, reviews the school-scope ones and assesses their equality impact. */
  private schoolHistories(
    timeline: DemoTimeline,
    cast: DemoCast,
    policies: DemoPolicy[],
    approvals: Map<string, LocalDate>,
    today: LocalDate,
    schemeOn: LocalDate,
    { book, meetings }: DemoMeetingPlan,
  ): void {
    let exceptionRecorded = false;
    let beforeSchemeRecorded = false;
    let lateReviewRecorded = false;
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      const send = (policy: DemoPolicy, change: SchoolPolicyChange) => () => {
        const schoolId = cast.schoolId(school.key);
        return this.run(new ChangeSchoolPolicyCommand(origin(cast.person(school.headteacher), cast.trustId, schoolId), schoolId, policy.id(), change));
      };
      for (const [policyIndex, policy] of policies.entries()) {
        const { entry } = policy;
        const outcome = demoOutcome(schoolIndex, policyIndex);
        if (outcome === 'not-adopted') continue;
        const variant = schoolIndex * 31 + policyIndex;
        const history = schoolPolicyHistory(today, entry, outcome, variant);
        // A trust-scope policy is adopted a fortnight after the board approved it.
        const dueToAdopt = entry.scope === 'trust' ? addDays(approvals.get(entry.key) as LocalDate, 14) : history.adoptedOn;
        const expected = entry.approver === 'trust-board' ? 'local-governing-body' : entry.approver;
        const ratifiedByLgb = expected === 'local-governing-body' && entry.scope === 'school';
        // One school's first LGB-ratified policy adopted under the scheme is adopted by the headteacher, as an exception.
        const exception =
          !exceptionRecorded && schoolIndex === DEMO_APPROVER_EXCEPTION.schoolIndex && ratifiedByLgb && isAfter(dueToAdopt, schemeOn)
            ? DEMO_APPROVER_EXCEPTION
            : null;
        if (exception) exceptionRecorded = true;
        // Another school's headteacher adopted one such policy before the scheme existed: nothing refused it then.
        const beforeScheme =
          !beforeSchemeRecorded && schoolIndex === DEMO_APPROVER_BEFORE_SCHEME.schoolIndex && entry.key === DEMO_APPROVER_BEFORE_SCHEME.policyKey && isAfter(schemeOn, dueToAdopt)
            ? DEMO_APPROVER_BEFORE_SCHEME
            : null;
        if (beforeScheme) beforeSchemeRecorded = true;
        // Under the scheme, the LGB ratifies at its next quorate meeting: the adoption is that meeting's decision, on its date.
        const nextMeeting =
          !exception && !beforeScheme && expected === 'local-governing-body' && !isAfter(schemeOn, dueToAdopt) ? book.nextLgb(school.key, dueToAdopt, DEMO_RATIFY_WITHIN_DAYS) : undefined;
        // (unless the school reviewed it before that meeting: then the LGB recorded it on the day)
        const ratifiedAt = nextMeeting && (entry.scope === 'trust' || history.reviews.every((review) => isAfter(review.reviewedOn, nextMeeting.date))) ? nextMeeting : undefined;
        const adoptedOn = ratifiedAt ? ratifiedAt.date : dueToAdopt;
        if (ratifiedAt) {
          meetings.decide(ratifiedAt, { kind: 'adopt-policy', policyId: policy.id, schoolKey: school.key, version: 1, words: `${entry.title} adopted` });
        } else {
          timeline.on(
            adoptedOn,
            send(policy, {
              type: 'AdoptPolicy',
              data: exception
                ? { version: 1, adoptedOn, approvedBy: exception.approvedBy, exception: { reason: exception.reason } }
                : { version: 1, adoptedOn, approvedBy: beforeScheme ? beforeScheme.approvedBy : expected },
            }),
          );
        }
        if (entry.scope === 'school') {
          // One school's most recent review of a policy in date is written down weeks after it took place.
          const late = !lateReviewRecorded && schoolIndex === DEMO_LATE_REVIEW.schoolIndex && outcome === 'in-date' && !RECENTLY_REDRAFTED.includes(entry.key);
          if (late) lateReviewRecorded = true;
          for (const [r, review] of history.reviews.entries()) {
            const recordedOn = late && r === history.reviews.length - 1 ? addDays(review.reviewedOn, DEMO_LATE_REVIEW.daysLate) : review.reviewedOn;
            // A review on the day of the LGB's meeting is that meeting's decision (never the late one: a meeting records on its day).
            const reviewedAt = recordedOn === review.reviewedOn ? book.lgb(school.key, review.reviewedOn) : undefined;
            if (reviewedAt) {
              const notes = review.outcome === 'amended' ? { text: 'Contacts and named staff updated' } : {};
              meetings.decide(reviewedAt, {
                kind: 'review-policy',
                policyId: policy.id,
                schoolKey: school.key,
                outcome: review.outcome,
                ...(review.nextReviewDue ? { nextReviewDue: review.nextReviewDue } : {}),
                ...notes,
                words: `${entry.title} reviewed`,
              });
              continue;
            }
            timeline.on(recordedOn, send(policy, { type: 'ReviewSchoolPolicy', data: { ...review, notes: review.outcome === 'amended' ? 'Contacts and named staff updated' : null } }));
          }
        }
        if (history.eia) {
          const completedOn = isAfter(history.eia.completedOn, adoptedOn) ? history.eia.completedOn : adoptedOn;
          timeline.on(
            completedOn,
            send(policy, {
              type: 'CompleteEIA',
              data: {
                completedOn,
                impacts: history.eia.fullAssessmentRequired ? disabilityConcernEia() : noImpactEia(),
                fullAssessmentRequired: history.eia.fullAssessmentRequired,
                conclusion: history.eia.fullAssessmentRequired
                  ? 'Possible negative impact on pupils with disabilities; a full assessment is needed before the next review.'
                  : 'No negative impact identified for any protected characteristic; a full assessment is not required.',
                approvedOn: completedOn,
              },
            }),
          );
        }
        const evaluation = demoEvaluation(today, adoptedOn, variant);
        if (evaluation) timeline.on(evaluation.evaluatedOn, send(policy, { type: 'EvaluatePolicy', data: evaluation }));
        if (schoolIndex === 0 && RECENTLY_REDRAFTED.includes(entry.key)) {
          const secondOn = addDays(today, -DEMO_AUTUMN_LGB_DAYS_AGO);
          const adoptedAt = expected === 'local-governing-body' ? book.lgb(school.key, secondOn) : undefined;
          if (adoptedAt) meetings.decide(adoptedAt, { kind: 'adopt-policy', policyId: policy.id, schoolKey: school.key, version: 2, words: `${entry.title}: the new version adopted` });
          else timeline.on(secondOn, send(policy, { type: 'AdoptPolicy', data: { version: 2, adoptedOn: secondOn, approvedBy: expected } }));
        }
      }
    }
  }

  /** Each headteacher names the owners of a few policies (demo-owners.ts). */
  private policyOwners(timeline: DemoTimeline, cast: DemoCast, policies: DemoPolicy[]): void {
    for (const school of DEMO_SCHOOLS) {
      for (const [key, ownerName] of demoPolicyOwners(school.key, school.headteacher)) {
        const policy = policies.find(({ entry }) => entry.key === key);
        if (!policy) continue;
        timeline.setUp(async () => {
          const owner = cast.people.get(ownerName);
          if (!owner) return;
          const schoolId = cast.schoolId(school.key);
          await this.run(new AssignPolicyOwnerCommand(origin(cast.person(school.headteacher), cast.trustId, schoolId), schoolId, policy.id(), owner.personId));
        });
      }
    }
  }

  /** Two link governors a school, who visit and report every term (one current report is still missing). */
  private linkGovernance(timeline: DemoTimeline, cast: DemoCast, policies: DemoPolicy[], today: LocalDate, visitActions: DemoVisitActions): void {
    const { past, current } = demoTerms(today);
    const policyIdsOf = (keys: string[]) => policies.filter((p) => keys.includes(p.entry.key)).map((p) => p.id());
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      for (const [g, governorName] of school.governors.entries()) {
        const { area, catalogueKeys } = DEMO_LINK_AREAS[g];
        const change = (as: () => Actor, command: (schoolId: string, governorId: string) => ChangeLinkGovernanceCommand['change']) => () => {
          const schoolId = cast.schoolId(school.key);
          return this.run(new ChangeLinkGovernanceCommand(origin(as(), cast.trustId, schoolId), schoolId, command(schoolId, cast.person(governorName).personId)));
        };
        const governor = () => cast.person(governorName);
        const assignedOn = defaultTermDates(past[0]).startsOn;
        timeline.on(
          assignedOn,
          change(cast.admin, (_schoolId, personId) => ({ type: 'AssignLinkGovernor', data: { personId, area, policyIds: policyIdsOf(catalogueKeys), assignedOn } })),
        );
        const terms: TermId[] = [...past, current];
        for (const term of terms) {
          const visitedOn = addDays(defaultTermDates(term).startsOn, 35 + schoolIndex * 3 + g * 5);
          if (isAfter(visitedOn, today)) continue;
          const visitKey = `${school.key}:${term}:${g}`;
          const logVisit = change(governor, (_schoolId, governorId) => ({
              type: 'LogVisit',
              data: {
                governorId,
                visitedOn,
                purpose: `${area} monitoring visit`,
                findings: g === 0 ? 'Met the DSL; the single central record was up to date and training logs complete.' : 'Met the SENCo; provision maps reviewed for three pupils with EHCPs.',
                policyIds: policyIdsOf(catalogueKeys),
                actions: g === 0 ? ['Refresh staff online-safety training before the end of term'] : ['Share the updated SEND information report with parents'],
              },
            }));
          timeline.on(visitedOn, async () => visitActions.logged(visitKey, (await logVisit()).position));
          const done = demoVisitActionDone(schoolIndex, g, term === current, past.indexOf(term) === past.length - 1);
          const completedOn = addDays(visitedOn, DEMO_VISIT_ACTION_DONE_AFTER_DAYS);
          if (done && !isAfter(completedOn, today)) {
            visitActions.complete(visitKey, school.headteacher, completedOn, g === 0 ? 'Training refreshed for all staff; the attendance list is on file.' : 'Report published on the website and sent to parents.');
          }
          const reportsThisTerm = term !== current || (schoolIndex < 2 && g === 0);
          if (!reportsThisTerm) continue;
          // The report follows the visit by a few days.
          timeline.on(
            earliest(addDays(visitedOn, 5), today),
            change(governor, (_schoolId, governorId) => ({
              type: 'ReportAsLinkGovernor',
              data: {
                governorId,
                term,
                summary: `${area} arrangements at ${school.name} are effective; actions from the last visit are complete.`,
                policyIds: policyIdsOf(catalogueKeys),
                recommendations: g === 0 ? 'Keep filtering and monitoring on the agenda of the next meeting.' : 'Review the accessibility plan with the premises manager.',
              },
            })),
          );
        }
      }
    }
  }

  /** The headteachers' termly reports, written eight weeks into the term; two schools have not yet reported this term. */
  private termlyReports(timeline: DemoTimeline, cast: DemoCast, today: LocalDate): void {
    const { past, current } = demoTerms(today);
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      const terms = schoolIndex % 2 === 0 ? [...past, current] : past;
      for (const [t, term] of terms.entries()) {
        const writtenOn = earliest(addDays(defaultTermDates(term).startsOn, 56 + schoolIndex), today);
        timeline.on(writtenOn, () => {
          const schoolId = cast.schoolId(school.key);
          return this.run(
            new SubmitTermlyReportCommand(origin(cast.person(school.headteacher), cast.trustId, schoolId), schoolId, {
              term,
              summary: `A settled term at ${school.name}. Attendance ${95 - ((schoolIndex + t) % 3)}%; no serious incidents.`,
              incidents: {
                'complaints-about-school': (schoolIndex + t) % 3,
                'offensive-comments-about-staff': (schoolIndex * 2 + t) % 4,
                'racist-or-homophobic-comments': t % 2,
              },
              training: ['Annual safeguarding update (all staff)', ...(t % 2 === 0 ? ['Prevent duty refresher'] : ['Online safety for parents evening'])],
            }),
          );
        });
      }
    }
  }

  private run<T extends WriteOutcome>(command: Command<T>): Promise<T> {
    return this.commands.execute(command);
  }
}

/** The meetings and the steps that record them, for the histories that meetings decide. */
interface DemoMeetingPlan {
  book: DemoMeetingBook;
  meetings: DemoMeetingSteps;
}

/** An adoption under the scheme waits at most this long for the LGB's next meeting; longer, and the LGB recorded it on the day. */
const DEMO_RATIFY_WITHIN_DAYS = 62;
/** A visit's action is done four weeks after the visit (due after six). */
const DEMO_VISIT_ACTION_DONE_AFTER_DAYS = 28;

/**
 * Which visit actions the headteachers have done: all from earlier terms but Riverside's SEND
 * one from last term (overdue since the summer); this term, Libra's and Oakfield's safeguarding ones.
 */
function demoVisitActionDone(schoolIndex: number, governor: number, thisTerm: boolean, lastTerm: boolean): boolean {
  if (thisTerm) return schoolIndex < 2 && governor === 0;
  return !(lastTerm && schoolIndex === 3 && governor === 1);
}

function earliest(a: LocalDate, b: LocalDate): LocalDate {
  return isAfter(a, b) ? b : a;
}

interface DemoPolicy {
  /** The trust's copy of the entry, known once the trust is registered. */
  id: () => string;
  entry: CatalogueEntry;
}

/** The trust board's history of a trust-scope policy: like a school's, but never "not adopted". */
function trustHistory(today: LocalDate, entry: CatalogueEntry, index: number) {
  const outcome = demoOutcome(0, index);
  return schoolPolicyHistory(today, entry, outcome === 'not-adopted' ? 'in-date' : outcome, index);
}
