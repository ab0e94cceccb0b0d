import { Inject, Injectable, Logger } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import {
  addDays,
  catalogueEntry,
  CatalogueEntry,
  defaultTermDates,
  isAfter,
  LocalDate,
  RoleGrant,
  TermId,
} from '@governance/domain';
import { randomBytes } from 'node:crypto';
import { Actor } from '../auth/actor';
import { RequestOrigin } from '../auth/command-origin.decorator';
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
import { demoOutcome, demoTerms, schoolPolicyHistory } from './demo-history';
import { disabilityConcernEia, noImpactEia } from './demo-eia';
import { demoEvaluation } from './demo-evaluation';
import { demoPolicyOwners, demoStaffLeads } from './demo-owners';
import { AssignPolicyOwnerCommand } from '../policy-owners/commands/assign-policy-owner';
import { DEMO_APPROVER_EXCEPTION, demoScheme } from './demo-scheme';
import { SetSchemeOfDelegationCommand } from '../trusts/commands/set-scheme-of-delegation';

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
 * like a real one.
 */
@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly commands: CommandBus,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async load(): Promise<LoadedDemo> {
    const today = this.clock.today();
    const password = `meridian-${randomBytes(5).toString('hex')}`;
    const operator: Actor = { kind: 'operator', actorId: 'operator' };
    const trust = await this.run(new RegisterTrustCommand(origin(operator), DEMO_TRUST_NAME));
    const trustId = trust.id;

    const schoolIds = new Map<string, string>();
    for (const school of DEMO_SCHOOLS) {
      const added = await this.run(new AddSchoolCommand(origin(operator, trustId), { name: school.name, urn: school.urn, phase: school.phase }));
      schoolIds.set(school.key, added.id);
    }

    const people = new Map<string, Actor & { kind: 'person' }>();
    for (const person of [...demoPeople(), ...demoStaffLeads()]) {
      const roles: RoleGrant[] = person.roles.map((r) => ({ role: r.role, ...(r.schoolKey ? { schoolId: schoolIds.get(r.schoolKey) as string } : {}) }));
      const registered = await this.run(new RegisterPersonCommand(origin(operator, trustId), { name: person.name, email: person.email, password, roles }));
      people.set(person.name, { kind: 'person', actorId: registered.id, personId: registered.id, trustId, roles });
    }
    const admin = people.get('Helen Carter') as Actor;

    const catalogue = await this.commands.execute(new AddFromCatalogueCommand(origin(admin, trustId), undefined));
    const policies = catalogue.added.map((added) => ({ id: added.id, entry: catalogueEntry(added.key) }));
    await this.draftVersions(admin, trustId, policies, today);
    const approvals = await this.trustLevelHistory(admin, trustId, policies, today);
    const scheme = demoScheme([...schoolIds.values()], policies.map(({ id, entry }) => ({ id, approver: entry.approver })));
    await this.run(new SetSchemeOfDelegationCommand(origin(admin, trustId), scheme));
    await this.schoolHistories(people, trustId, schoolIds, policies, approvals, today);
    await this.policyOwners(people, trustId, schoolIds, policies);
    await this.linkGovernance(people, admin, trustId, schoolIds, policies, today);
    await this.termlyReports(people, trustId, schoolIds, today);

    const logins = demoPeople()
      .filter((person) => person.printed)
      .map((person) => ({ email: person.email, name: person.name, role: person.printed as string }));
    this.logger.log(`Loaded the demo trust “${DEMO_TRUST_NAME}” (${policies.length} policies, ${DEMO_SCHOOLS.length} academies)`);
    return { trustId, password, logins };
  }

  private async draftVersions(admin: Actor, trustId: string, policies: DemoPolicy[], today: LocalDate): Promise<void> {
    for (const { id, entry } of policies) {
      await this.run(new ChangePolicyCommand(origin(admin, trustId), id, { type: 'DraftPolicyVersion', data: { summary: `${entry.title}: the trust's model policy` } }));
      if (RECENTLY_REDRAFTED.includes(entry.key)) {
        await this.run(
          new ChangePolicyCommand(origin(admin, trustId), id, {
            type: 'DraftPolicyVersion',
            data: { summary: `Updated for this year's statutory guidance (drafted ${addDays(today, -45)})` },
          }),
        );
      }
    }
  }

  /** Trust-scope policies: approved by the board, then reviewed at trust level. Answers each approval's date. */
  private async trustLevelHistory(admin: Actor, trustId: string, policies: DemoPolicy[], today: LocalDate): Promise<Map<string, LocalDate>> {
    const approvals = new Map<string, LocalDate>();
    for (const [index, { id, entry }] of policies.entries()) {
      if (entry.scope !== 'trust') continue;
      const history = trustHistory(today, entry, index);
      approvals.set(id, history.adoptedOn);
      await this.run(
        new ChangePolicyCommand(origin(admin, trustId), id, {
          type: 'ApprovePolicyVersion',
          data: { version: 1, approvedOn: history.adoptedOn, body: 'trust-board', minuteRef: `TB/${history.adoptedOn.slice(2, 4)}/${String(index + 1).padStart(2, '0')}` },
        }),
      );
      for (const review of history.reviews) {
        await this.run(new ChangePolicyCommand(origin(admin, trustId), id, { type: 'ReviewPolicy', data: { ...review, notes: 'Reviewed by the trust board' } }));
      }
    }
    return approvals;
  }

  /** Each school adopts its policies, reviews the school-scope ones and assesses their equality impact. */
  private async schoolHistories(
    people: Map<string, Actor>,
    trustId: string,
    schoolIds: Map<string, string>,
    policies: DemoPolicy[],
    approvals: Map<string, LocalDate>,
    today: LocalDate,
  ): Promise<void> {
    let exceptionRecorded = false;
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      const schoolId = schoolIds.get(school.key) as string;
      const head = people.get(school.headteacher) as Actor;
      const send = (policyId: string, change: SchoolPolicyChange) => this.run(new ChangeSchoolPolicyCommand(origin(head, trustId, schoolId), schoolId, policyId, change));
      for (const [policyIndex, { id, entry }] of policies.entries()) {
        const outcome = demoOutcome(schoolIndex, policyIndex);
        if (outcome === 'not-adopted') continue;
        const variant = schoolIndex * 31 + policyIndex;
        const history = schoolPolicyHistory(today, entry, outcome, variant);
        // A trust-scope policy is adopted a fortnight after the board approved it.
        const adoptedOn = entry.scope === 'trust' ? addDays(approvals.get(id) as LocalDate, 14) : history.adoptedOn;
        const expected = entry.approver === 'trust-board' ? 'local-governing-body' : entry.approver;
        // One school's first LGB-ratified policy is adopted by the headteacher, as an exception.
        const exception =
          !exceptionRecorded && schoolIndex === DEMO_APPROVER_EXCEPTION.schoolIndex && expected === 'local-governing-body' && entry.scope === 'school'
            ? DEMO_APPROVER_EXCEPTION
            : null;
        if (exception) exceptionRecorded = true;
        await send(id, {
          type: 'AdoptPolicy',
          data: exception
            ? { version: 1, adoptedOn, approvedBy: exception.approvedBy, exception: { reason: exception.reason } }
            : { version: 1, adoptedOn, approvedBy: expected },
        });
        if (entry.scope === 'school') {
          for (const review of history.reviews) await send(id, { type: 'ReviewSchoolPolicy', data: { ...review, notes: review.outcome === 'amended' ? 'Contacts and named staff updated' : null } });
        }
        if (history.eia) {
          const completedOn = isAfter(history.eia.completedOn, adoptedOn) ? history.eia.completedOn : adoptedOn;
          await send(id, {
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
          });
        }
        const evaluation = demoEvaluation(today, adoptedOn, variant);
        if (evaluation) await send(id, { type: 'EvaluatePolicy', data: evaluation });
        if (schoolIndex === 0 && RECENTLY_REDRAFTED.includes(entry.key)) {
          await send(id, { type: 'AdoptPolicy', data: { version: 2, adoptedOn: addDays(today, -20), approvedBy: expected } });
        }
      }
    }
  }

  /** Each headteacher names the owners of a few policies (demo-owners.ts). */
  private async policyOwners(people: Map<string, Actor & { kind: 'person' }>, trustId: string, schoolIds: Map<string, string>, policies: DemoPolicy[]): Promise<void> {
    for (const school of DEMO_SCHOOLS) {
      const schoolId = schoolIds.get(school.key) as string;
      const head = people.get(school.headteacher) as Actor;
      for (const [key, ownerName] of demoPolicyOwners(school.key, school.headteacher)) {
        const policy = policies.find(({ entry }) => entry.key === key);
        const owner = people.get(ownerName);
        if (policy && owner) await this.run(new AssignPolicyOwnerCommand(origin(head, trustId, schoolId), schoolId, policy.id, owner.personId));
      }
    }
  }

  /** Two link governors a school, who visit and report every term (one current report is still missing). */
  private async linkGovernance(people: Map<string, Actor>, admin: Actor, trustId: string, schoolIds: Map<string, string>, policies: DemoPolicy[], today: LocalDate): Promise<void> {
    const { past, current } = demoTerms(today);
    const policyIdsOf = (keys: string[]) => policies.filter((p) => keys.includes(p.entry.key)).map((p) => p.id);
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      const schoolId = schoolIds.get(school.key) as string;
      for (const [g, governorName] of school.governors.entries()) {
        const governor = people.get(governorName) as Actor & { kind: 'person' };
        const { area, catalogueKeys } = DEMO_LINK_AREAS[g];
        const policyIds = policyIdsOf(catalogueKeys);
        const assignedOn = defaultTermDates(past[0]).startsOn;
        await this.run(new ChangeLinkGovernanceCommand(origin(admin, trustId, schoolId), schoolId, { type: 'AssignLinkGovernor', data: { personId: governor.personId, area, policyIds, assignedOn } }));
        const terms: TermId[] = [...past, current];
        for (const term of terms) {
          const visitedOn = addDays(defaultTermDates(term).startsOn, 35 + schoolIndex * 3 + g * 5);
          if (isAfter(visitedOn, today)) continue;
          const as = origin(governor, trustId, schoolId);
          await this.run(
            new ChangeLinkGovernanceCommand(as, schoolId, {
              type: 'LogVisit',
              data: {
                governorId: governor.personId,
                visitedOn,
                purpose: `${area} monitoring visit`,
                findings: g === 0 ? 'Met the DSL; the single central record was up to date and training logs complete.' : 'Met the SENCo; provision maps reviewed for three pupils with EHCPs.',
                policyIds,
                actions: g === 0 ? ['Refresh staff online-safety training before the end of term'] : ['Share the updated SEND information report with parents'],
              },
            }),
          );
          const reportsThisTerm = term !== current || (schoolIndex < 2 && g === 0);
          if (!reportsThisTerm) continue;
          await this.run(
            new ChangeLinkGovernanceCommand(as, schoolId, {
              type: 'ReportAsLinkGovernor',
              data: {
                governorId: governor.personId,
                term,
                summary: `${area} arrangements at ${school.name} are effective; actions from the last visit are complete.`,
                policyIds,
                recommendations: g === 0 ? 'Keep filtering and monitoring on the agenda of the next meeting.' : 'Review the accessibility plan with the premises manager.',
              },
            }),
          );
        }
      }
    }
  }

  /** The headteachers' termly reports; two schools have not yet reported this term. */
  private async termlyReports(people: Map<string, Actor>, trustId: string, schoolIds: Map<string, string>, today: LocalDate): Promise<void> {
    const { past, current } = demoTerms(today);
    for (const [schoolIndex, school] of DEMO_SCHOOLS.entries()) {
      const schoolId = schoolIds.get(school.key) as string;
      const head = people.get(school.headteacher) as Actor;
      const terms = schoolIndex % 2 === 0 ? [...past, current] : past;
      for (const [t, term] of terms.entries()) {
        await this.run(
          new SubmitTermlyReportCommand(origin(head, trustId, schoolId), schoolId, {
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
      }
    }
  }

  private run<T extends WriteOutcome>(command: Command<T>): Promise<T> {
    return this.commands.execute(command);
  }
}

interface DemoPolicy {
  id: string;
  entry: CatalogueEntry;
}

/** The trust board's history of a trust-scope policy: like a school's, but never "not adopted". */
function trustHistory(today: LocalDate, entry: CatalogueEntry, index: number) {
  const outcome = demoOutcome(0, index);
  return schoolPolicyHistory(today, entry, outcome === 'not-adopted' ? 'in-date' : outcome, index);
}

function origin(actor: Actor, trustId?: string, schoolId?: string): RequestOrigin {
  return { actor, correlationId: 'demo-data', ...(trustId ? { trustId } : {}), ...(schoolId ? { schoolId } : {}) };
}
