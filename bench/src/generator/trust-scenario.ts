import {
  Decider,
  DomainEvent,
  LinkGovernanceCommand,
  PersonCommand,
  PolicyFacts,
  RoleGrant,
  TermlyReportCommand,
  TrustCommand,
  addMonths,
  linkGovernanceDecider,
  personDecider,
  policyDecider,
  schoolPolicyDecider,
  streamIds,
  termlyReportDecider,
  trustDecider,
} from '@governance/domain';
import { dateOf, dayOf } from './days';
import { checklist, eiaAffects, eiaImpacts, incidents, paragraph, sentence, training } from './payloads';
import { policySet, SimPolicy } from './policy-set';
import { Random } from './random';
import { erase, Step, StepHeap, StepOrigin } from './step';

/** The size of the simulated trust. */
export interface TrustShape {
  schools: number;
  policies: number;
  years: number;
  seed: number;
  /** The history ends on 31 August of this year (the end of an academic year). */
  endYear?: number;
}

/**
 * How busy the trust is, per year. The defaults make a busy trust: every policy is monitored
 * each half term by its coordinator (PolicyEvaluated), statutory policies are redrafted every
 * September and half the others mid-year, and every school adopts each new version (with an
 * EIA where one is required). About 8 events per school policy per year: 100 x 120 x 10 is a
 * million events.
 */
export const DEFAULT_RATES = {
  septemberDraftStatutory: 1,
  septemberDraftOther: 0.6,
  midYearDraft: 0.55,
  eiaOnAdoption: 0.9,
  lateReview: 0.25,
  evaluationsPerTerm: 2,
  evaluationChance: 0.82,
  linkAreas: 7,
  visitChance: 0.9,
  reportChance: 0.85,
  linkTurnover: 0.12,
  resubmission: 0.08,
};

export interface SimSchool {
  schoolId: string;
  name: string;
  headteacherId: string;
  clerkId: string;
  governors: string[];
  links: { area: string; personId: string; policyIds: string[] }[];
  /** Next review due, by policy (school-scope policies). */
  due: Map<string, number>;
  firstAdoption: Map<string, number>;
}

const AREAS = ['Safeguarding', 'SEND', 'Online safety', 'Health and safety', 'Pupil premium', 'Curriculum', 'Equality', 'Finance', 'Attendance'];
const PHASES = ['primary', 'primary', 'primary', 'secondary', 'secondary', 'special', 'all-through'];
const OPERATOR: Omit<StepOrigin, 'trustId'> = { actorId: 'operator', actorRole: 'operator' };
const SCAN_ACTOR = { actorId: 'review-scan', actorRole: 'system' };

/**
 * A deterministic multi-academy trust: its set-up and then, year by year, the commands its
 * people issue (drafts, approvals, adoptions, EIAs, reviews, reminders, evaluations, link
 * governor visits and reports, termly reports, governor turnover), in time order.
 */
export class TrustScenario {
  readonly trustId: string;
  readonly schools: SimSchool[] = [];
  readonly policies: SimPolicy[];
  /** The first day of the history and the day after its last (the natural "today" of queries). */
  readonly startDate: string;
  readonly asOf: string;
  private readonly random: Random;
  private readonly heap = new StepHeap();
  private readonly admins: string[] = [];
  private readonly trustDue = new Map<string, number>();
  private readonly startYear: number;
  private readonly endDay: number;
  private seq = 0;

  constructor(
    readonly shape: TrustShape,
    private readonly rates = DEFAULT_RATES,
  ) {
    this.random = new Random(shape.seed);
    const endYear = shape.endYear ?? 2026;
    this.startYear = endYear - shape.years;
    this.startDate = `${this.startYear}-09-01`;
    this.endDay = dayOf(`${endYear}-08-31`);
    this.asOf = dateOf(this.endDay + 15);
    this.trustId = this.random.uuid();
    this.policies = policySet(this.random, this.trustId, shape.policies);
  }

  /** Every step of the history, in time order; steps planned past its end are dropped. */
  *steps(): Generator<Step> {
    this.setUp(dayOf(this.startDate));
    for (let year = 0; year < this.shape.years; year += 1) {
      const start = dayOf(`${this.startYear + year}-09-01`);
      const end = dayOf(`${this.startYear + year + 1}-08-31`);
      this.planYear(year, start, end);
      while ((this.heap.peek()?.day ?? Infinity) <= end) yield this.heap.pop() as Step;
    }
  }

  private setUp(start: number): void {
    const trustId = this.trustId;
    this.plan(start, trustDecider, streamIds.trust(trustId), { type: 'RegisterTrust', trustId, name: 'Meridian Academies Trust' }, { trustId, ...OPERATOR });
    for (let i = 0; i < 2; i += 1) {
      this.admins.push(this.registerPerson(start, [{ role: 'trust-admin' }], i === 0 ? { trustId, ...OPERATOR } : this.adminOrigin()));
    }
    const schoolIds: string[] = [];
    for (let i = 0; i < this.shape.schools; i += 1) {
      const day = start + 1 + Math.floor((i * 3) / Math.max(1, this.shape.schools));
      const schoolId = this.random.uuid();
      schoolIds.push(schoolId);
      const name = `${this.random.pick(['St', 'Oak', 'Elm', 'Kings', 'Queens', 'Park', 'River'])} ${['Academy', 'Primary School', 'School', 'College'][i % 4]} ${i + 1}`;
      const command: TrustCommand = { type: 'AddSchool', trustId, schoolId, name, urn: String(100000 + i * 7), phase: this.random.pick(PHASES) };
      this.plan(day, trustDecider, streamIds.trust(trustId), command, this.adminOrigin());
      const ids = [...schoolIds];
      const person = (role: RoleGrant['role']) => this.registerPerson(day + 1, [{ role, schoolId }], this.adminOrigin(), ids);
      this.schools.push({
        schoolId,
        name,
        headteacherId: person('headteacher'),
        clerkId: person('clerk'),
        governors: Array.from({ length: Math.max(8, this.rates.linkAreas) }, () => person('governor')),
        links: [],
        due: new Map(),
        firstAdoption: new Map(),
      });
    }
    for (let i = 0; i < 7; i += 1) this.registerPerson(start + 2, [{ role: i === 0 ? 'clerk' : 'trustee' }], this.adminOrigin());

    for (const policy of this.policies) {
      const day = start + this.random.int(3, 6);
      this.plan(day, policyDecider, streamIds.policy(policy.policyId), policy.register, this.adminOrigin());
      this.draftVersion(policy, day + 1);
    }
    for (const school of this.schools) this.assignLinks(school, start + this.random.int(20, 40));
  }

  private planYear(year: number, start: number, end: number): void {
    if (year > 0) {
      for (const policy of this.policies) {
        const chance = policy.statutory ? this.rates.septemberDraftStatutory : this.rates.septemberDraftOther;
        if (this.random.chance(chance)) this.draftVersion(policy, start + this.random.int(1, 20));
      }
      for (const school of this.schools) this.turnOver(school, start);
    }
    for (const policy of this.policies) {
      if (this.random.chance(this.rates.midYearDraft)) this.draftVersion(policy, start + this.random.int(126, 141));
      if (policy.scope === 'trust') this.trustReviews(policy, end);
    }
    const terms = termsOf(this.startYear + year, start);
    for (const school of this.schools) {
      for (const policy of this.policies) {
        if (policy.scope === 'school') this.schoolReviews(school, policy, end);
        this.evaluations(school, policy, terms);
      }
      for (const term of terms) {
        this.linkGovernorWork(school, term);
        this.termlyReport(school, term);
      }
    }
  }

  /** A new version; trust-wide policies are approved by the board; then every school adopts it. */
  private draftVersion(policy: SimPolicy, day: number): void {
    const policyId = policy.policyId;
    policy.versions.push(policy.versions.length + 1);
    const version = policy.versions.length;
    this.plan(day, policyDecider, streamIds.policy(policyId), {
      type: 'DraftPolicyVersion',
      data: { policyId, summary: sentence(this.random, this.random.int(10, 30)), documentUrl: `https://docs.example.org/policies/${policyId}/v${version}.pdf` },
    }, this.adminOrigin());
    let ready = day;
    if (policy.scope === 'trust') {
      ready = day + this.random.int(3, 14);
      const approvedOn = dateOf(ready);
      this.plan(ready, policyDecider, streamIds.policy(policyId), {
        type: 'ApprovePolicyVersion',
        data: { policyId, version, approvedOn, body: 'trust-board', minuteRef: `TB-${approvedOn}-${this.random.int(1, 12)}` },
      }, this.adminOrigin());
      if (!this.trustDue.has(policyId)) this.trustDue.set(policyId, dayOf(addMonths(approvedOn, policy.reviewCycleMonths)));
    }
    const facts = factsOf(policy);
    for (const school of this.schools) {
      const adoptedDay = ready + this.random.int(7, 45);
      this.plan(adoptedDay, schoolPolicyDecider, streamIds.schoolPolicy(school.schoolId, policyId), {
        type: 'AdoptPolicy',
        data: {
          schoolId: school.schoolId, policyId, policy: facts, version, adoptedOn: dateOf(adoptedDay),
          approvedBy: policy.scope === 'trust' ? 'trust-board' : 'local-governing-body',
          localAmendments: this.random.chance(0.1) ? sentence(this.random, 12) : null,
        },
      }, this.schoolOrigin(school, school.headteacherId, 'headteacher'));
      if (!school.firstAdoption.has(policyId)) {
        school.firstAdoption.set(policyId, adoptedDay);
        if (policy.scope === 'school') school.due.set(policyId, dayOf(addMonths(dateOf(adoptedDay), policy.reviewCycleMonths)));
      }
      if (policy.eiaRequired && this.random.chance(this.rates.eiaOnAdoption)) {
        const completed = adoptedDay + this.random.int(0, 14);
        const approved = completed + this.random.int(0, 7);
        this.plan(approved, schoolPolicyDecider, streamIds.schoolPolicy(school.schoolId, policyId), {
          type: 'CompleteEIA',
          data: {
            schoolId: school.schoolId, policyId, policy: facts, version, completedOn: dateOf(completed),
            impacts: eiaImpacts(this.random), fullAssessmentRequired: this.random.chance(0.05),
            conclusion: paragraph(this.random, 2), approvedBy: school.headteacherId, approvedOn: dateOf(approved),
            affects: eiaAffects(this.random),
          },
        }, this.schoolOrigin(school, school.clerkId, 'clerk'));
      }
    }
  }

  private trustReviews(policy: SimPolicy, end: number): void {
    const due = this.trustDue.get(policy.policyId);
    if (due === undefined || due - 30 > end) return;
    const day = due + this.random.int(-30, 5);
    this.plan(day, policyDecider, streamIds.policy(policy.policyId), {
      type: 'ReviewPolicy',
      data: { policyId: policy.policyId, reviewedOn: dateOf(day), outcome: this.random.chance(0.3) ? 'amended' : 'no-change', notes: sentence(this.random, 12), nextReviewDue: null },
    }, this.adminOrigin());
    this.trustDue.set(policy.policyId, dayOf(addMonths(dateOf(day), policy.reviewCycleMonths)));
  }

  /** The review scan's reminder 60 days ahead, sometimes an overdue mark, then the review itself. */
  private schoolReviews(school: SimSchool, policy: SimPolicy, end: number): void {
    // Every cycle whose reminder falls in this year, so nothing is planned into a year already written.
    for (let due = school.due.get(policy.policyId); due !== undefined && due - 60 <= end; due = school.due.get(policy.policyId)) {
      this.reviewCycle(school, policy, due);
    }
  }

  /** The review scan's reminder 60 days ahead, sometimes an overdue mark, then the review itself. */
  private reviewCycle(school: SimSchool, policy: SimPolicy, due: number): void {
    const policyId = policy.policyId;
    const stream = streamIds.schoolPolicy(school.schoolId, policyId);
    const facts = factsOf(policy);
    const scan = { trustId: this.trustId, schoolId: school.schoolId, ...SCAN_ACTOR };
    const remindedOn = due - 60;
    this.plan(remindedOn, schoolPolicyDecider, stream, { type: 'MarkReviewDue', data: { schoolId: school.schoolId, policyId, policy: facts, dueOn: dateOf(due), asOf: dateOf(remindedOn) } }, scan);
    let reviewed = due - this.random.int(1, 45);
    if (this.random.chance(this.rates.lateReview)) {
      const overdueOn = due + this.random.int(1, 7);
      this.plan(overdueOn, schoolPolicyDecider, stream, { type: 'MarkReviewOverdue', data: { schoolId: school.schoolId, policyId, policy: facts, dueOn: dateOf(due), asOf: dateOf(overdueOn) } }, scan);
      reviewed = overdueOn + this.random.int(1, 50);
    }
    reviewed = Math.max(reviewed, remindedOn + 1);
    const reviewedOn = dateOf(reviewed);
    const oneCycleOn = addMonths(reviewedOn, policy.reviewCycleMonths);
    const nextReviewDue = this.random.chance(0.6) ? null : dateOf(dayOf(oneCycleOn) - this.random.int(0, 20));
    this.plan(reviewed, schoolPolicyDecider, stream, {
      type: 'ReviewSchoolPolicy',
      data: { schoolId: school.schoolId, policyId, policy: facts, reviewedOn, outcome: this.random.chance(0.3) ? 'amended' : 'no-change', notes: this.random.chance(0.5) ? sentence(this.random, 14) : null, nextReviewDue },
    }, this.schoolOrigin(school, school.headteacherId, 'headteacher'));
    school.due.set(policyId, dayOf(nextReviewDue ?? oneCycleOn));
  }

  private evaluations(school: SimSchool, policy: SimPolicy, terms: Term[]): void {
    const adopted = school.firstAdoption.get(policy.policyId);
    for (const term of terms) {
      for (let i = 0; i < this.rates.evaluationsPerTerm; i += 1) {
        if (!this.random.chance(this.rates.evaluationChance)) continue;
        const day = this.random.int(term.start + 10, term.end - 5);
        if (adopted === undefined || day <= adopted) continue;
        this.plan(day, schoolPolicyDecider, streamIds.schoolPolicy(school.schoolId, policy.policyId), {
          type: 'EvaluatePolicy',
          data: { schoolId: school.schoolId, policyId: policy.policyId, policy: factsOf(policy), evaluatedOn: dateOf(day), checklist: checklist(this.random), effectivenessStatement: sentence(this.random, this.random.int(10, 25)) },
        }, this.schoolOrigin(school, school.clerkId, 'clerk'));
      }
    }
  }

  private assignLinks(school: SimSchool, day: number): void {
    for (let i = 0; i < this.rates.linkAreas; i += 1) {
      const area = AREAS[i % AREAS.length];
      const policyIds = this.policies.filter((_, index) => index % this.rates.linkAreas === i).slice(0, 3).map((p) => p.policyId);
      const link = { area, personId: school.governors[i % school.governors.length], policyIds };
      school.links.push(link);
      this.assign(school, link, day);
    }
  }

  private assign(school: SimSchool, link: SimSchool['links'][number], day: number): void {
    const command: LinkGovernanceCommand = { type: 'AssignLinkGovernor', data: { schoolId: school.schoolId, personId: link.personId, area: link.area, policyIds: link.policyIds, assignedOn: dateOf(day) } };
    this.plan(day, linkGovernanceDecider, streamIds.linkGovernance(school.schoolId), command, this.schoolOrigin(school, school.clerkId, 'clerk'));
  }

  /** Some link governors step down each September; a new governor joins and takes the area. */
  private turnOver(school: SimSchool, start: number): void {
    for (const link of school.links) {
      if (!this.random.chance(this.rates.linkTurnover)) continue;
      const day = start + this.random.int(2, 25);
      const leaving = link.personId;
      const joining = this.registerPerson(day, [{ role: 'governor', schoolId: school.schoolId }], this.adminOrigin(), this.schools.map((s) => s.schoolId));
      const unassign: LinkGovernanceCommand = { type: 'UnassignLinkGovernor', data: { schoolId: school.schoolId, personId: leaving, area: link.area, unassignedOn: dateOf(day + 1) } };
      this.plan(day + 1, linkGovernanceDecider, streamIds.linkGovernance(school.schoolId), unassign, this.schoolOrigin(school, school.clerkId, 'clerk'));
      link.personId = joining;
      this.assign(school, link, day + 1);
      const revoke: PersonCommand = { type: 'RevokeRole', personId: leaving, trustId: this.trustId, grant: { role: 'governor', schoolId: school.schoolId } };
      this.plan(day + 2, personDecider, streamIds.person(leaving), revoke, this.adminOrigin());
      school.governors[school.governors.indexOf(leaving)] = joining;
    }
  }

  private linkGovernorWork(school: SimSchool, term: Term): void {
    for (const link of school.links) {
      const governor = { trustId: this.trustId, schoolId: school.schoolId, actorId: link.personId, actorRole: 'governor' };
      const stream = streamIds.linkGovernance(school.schoolId);
      const visited = this.random.int(term.start + 45, term.end - 30);
      if (this.random.chance(this.rates.visitChance)) {
        this.plan(visited, linkGovernanceDecider, stream, {
          type: 'LogVisit',
          data: { schoolId: school.schoolId, governorId: link.personId, visitedOn: dateOf(visited), purpose: sentence(this.random, 10), findings: paragraph(this.random, 3), policyIds: link.policyIds, actions: [sentence(this.random, 8)] },
        }, governor);
      }
      if (this.random.chance(this.rates.reportChance)) {
        const reported = visited + this.random.int(3, 20);
        this.plan(reported, linkGovernanceDecider, stream, {
          type: 'ReportAsLinkGovernor',
          data: { schoolId: school.schoolId, governorId: link.personId, term: term.id, summary: paragraph(this.random, 3), policyIds: link.policyIds, recommendations: this.random.chance(0.5) ? sentence(this.random, 12) : null },
        }, governor);
      }
    }
  }

  private termlyReport(school: SimSchool, term: Term): void {
    const origin = this.schoolOrigin(school, school.headteacherId, 'headteacher');
    const stream = streamIds.termlyReport(school.schoolId, term.id);
    const submit = (day: number) => {
      const command: TermlyReportCommand = { type: 'SubmitTermlyReport', data: { schoolId: school.schoolId, term: term.id, summary: paragraph(this.random, 5), incidents: incidents(this.random), training: training(this.random) } };
      this.plan(day, termlyReportDecider, stream, command, origin);
    };
    const day = term.end - this.random.int(5, 25);
    submit(day);
    if (this.random.chance(this.rates.resubmission)) submit(day + this.random.int(2, 10));
  }

  private registerPerson(day: number, roles: RoleGrant[], origin: StepOrigin, activeSchoolIds: string[] = []): string {
    const personId = this.random.uuid();
    const command: PersonCommand = { type: 'RegisterPerson', personId, trustId: this.trustId, roles, activeSchoolIds };
    this.plan(day, personDecider, streamIds.person(personId), command, origin);
    return personId;
  }

  private adminOrigin(): StepOrigin {
    return { trustId: this.trustId, actorId: this.admins[0] ?? 'operator', actorRole: this.admins[0] ? 'trust-admin' : 'operator' };
  }

  private schoolOrigin(school: SimSchool, actorId: string, actorRole: string): StepOrigin {
    return { trustId: this.trustId, schoolId: school.schoolId, actorId, actorRole };
  }

  private plan<C, E extends DomainEvent, S>(day: number, decider: Decider<C, E, S>, streamId: string, command: C, origin: StepOrigin): void {
    if (day > this.endDay) return;
    this.heap.push({ day, seq: this.seq++, streamId, decider: erase(decider), command, origin });
  }
}

interface Term {
  id: string;
  start: number;
  end: number;
}

/** The three terms of the academic year starting in September of `year`. */
function termsOf(year: number, start: number): Term[] {
  return [
    { id: `${year}-autumn`, start, end: dayOf(`${year}-12-20`) },
    { id: `${year + 1}-spring`, start: dayOf(`${year + 1}-01-05`), end: dayOf(`${year + 1}-03-31`) },
    { id: `${year + 1}-summer`, start: dayOf(`${year + 1}-04-15`), end: dayOf(`${year + 1}-07-20`) },
  ];
}

function factsOf(policy: SimPolicy): PolicyFacts {
  return {
    title: policy.title,
    scope: policy.scope,
    reviewCycleMonths: policy.reviewCycleMonths,
    versions: [...policy.versions],
    retired: false,
    eiaRequired: policy.eiaRequired,
  };
}

