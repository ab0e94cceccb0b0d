import { DecisionContext, assertNever } from '../shared/decider';
import { requireAssignedLinkGovernor } from '../access/access-facts';
import { DomainError } from '../shared/domain-error';
import { optionalRecordDate, optionalText, requireRecordDate, requireText, textList } from '../input';
import { refuseFutureDate } from '../time/not-in-future';
import { visitFollowUp } from './visit-follow-up';
import { parseTerm } from '../time/term';
import { refuseTermTooFarAhead } from '../time/term-window';
import {
  LinkGovernanceEvent,
  LinkGovernanceState,
  areasOf,
  sameArea,
} from './events';

/**
 * Commands on a school's link governance (stream `linkgov-{schoolId}`).
 *
 * Visits and reports name the governor (`governorId`), who must currently be a link governor
 * of the school. When the actor of the decision is someone else (a trust admin recording it),
 * the event says so (`onBehalf: true`, `loggedBy`/`reportedBy` the actor). Who may act for
 * whom is the application layer's access rule (API.md: the governor as themselves, or a
 * trust admin), checked before the decider runs.
 */
export interface AssignLinkGovernor {
  type: 'AssignLinkGovernor';
  /** `assignedOn` defaults to today. */
  data: {
    schoolId: string;
    personId: string;
    area: string;
    policyIds?: string[];
    assignedOn?: string | null;
  };
}

export interface UnassignLinkGovernor {
  type: 'UnassignLinkGovernor';
  /** Without `area`, the person stops linking to every area of the school. */
  data: { schoolId: string; personId: string; area?: string | null; unassignedOn?: string | null };
}

export interface LogVisit {
  type: 'LogVisit';
  data: {
    schoolId: string;
    governorId: string;
    visitedOn: string;
    purpose: string;
    findings: string;
    policyIds?: string[];
    actions?: string[];
    /** Who owns the actions agreed (the application names the school's headteacher by default). */
    actionsOwnerId?: string | null;
  };
}

export interface ReportAsLinkGovernor {
  type: 'ReportAsLinkGovernor';
  data: {
    schoolId: string;
    governorId: string;
    /** A term in any form schools write: "2027-spring", "Spring 2027", "Autumn 1 2026". */
    term: string;
    summary: string;
    policyIds?: string[];
    recommendations?: string | null;
  };
}

export type LinkGovernanceCommand =
  AssignLinkGovernor | UnassignLinkGovernor | LogVisit | ReportAsLinkGovernor;

export function decideLinkGovernance(
  command: LinkGovernanceCommand,
  state: LinkGovernanceState,
  context: DecisionContext,
): LinkGovernanceEvent[] {
  switch (command.type) {
    case 'AssignLinkGovernor':
      return assign(command, state, context);
    case 'UnassignLinkGovernor':
      return unassign(command, state, context);
    case 'LogVisit':
      return logVisit(command, state, context);
    case 'ReportAsLinkGovernor':
      return report(command, state, context);
    default:
      return assertNever(command);
  }
}

function assign(
  { data }: AssignLinkGovernor,
  state: LinkGovernanceState,
  context: DecisionContext,
): LinkGovernanceEvent[] {
  const personId = requireText(data.personId, 'personId', { max: 200 });
  const area = requireText(data.area, 'area', { max: 100 });
  const policyIds = textList(data.policyIds, 'policyIds', { max: 200 });
  const assignedOn = optionalRecordDate(data.assignedOn, 'assignedOn') ?? context.today;
  refuseFutureDate(assignedOn, 'assignedOn', context.today);
  const current = areasOf(state, personId).find((a) => sameArea(a.area, area));
  if (current && sameSet(current.policyIds, policyIds)) return [];
  return [
    {
      type: 'LinkGovernorAssigned',
      data: { schoolId: data.schoolId, personId, area, policyIds, assignedOn },
    },
  ];
}

function unassign(
  { data }: UnassignLinkGovernor,
  state: LinkGovernanceState,
  context: DecisionContext,
): LinkGovernanceEvent[] {
  const area = optionalText(data.area, 'area', { max: 100 });
  const unassignedOn = optionalRecordDate(data.unassignedOn, 'unassignedOn') ?? context.today;
  refuseFutureDate(unassignedOn, 'unassignedOn', context.today);
  const ending = areasOf(state, data.personId).filter(
    (a) => area === null || sameArea(a.area, area),
  );
  if (ending.length === 0) {
    throw new DomainError(
      'not-link-governor',
      area === null
        ? 'This person is not a link governor of the school.'
        : `This person is not the school’s link governor for ${area}.`,
      { personId: data.personId, area },
    );
  }
  return ending.map((a) => ({
    type: 'LinkGovernorUnassigned' as const,
    data: { schoolId: data.schoolId, personId: a.personId, area: a.area, unassignedOn },
  }));
}

function logVisit(
  { data }: LogVisit,
  state: LinkGovernanceState,
  context: DecisionContext,
): LinkGovernanceEvent[] {
  const visitedOn = requireRecordDate(data.visitedOn, 'visitedOn');
  const purpose = requireText(data.purpose, 'purpose', { max: 2000 });
  const findings = requireText(data.findings, 'findings', { max: 20_000 });
  const policyIds = textList(data.policyIds, 'policyIds', { max: 200 });
  const actions = textList(data.actions, 'actions', { max: 2000 });
  requireAssignedLinkGovernor(areasOf(state, data.governorId), data.governorId, 'log a visit');
  refuseFutureDate(visitedOn, 'visitedOn', context.today);
  return [
    {
      type: 'LinkGovernorVisitLogged',
      data: {
        schoolId: data.schoolId,
        governorId: data.governorId,
        visitedOn,
        purpose,
        findings,
        policyIds,
        actions,
        loggedBy: context.actorId,
        onBehalf: context.actorId !== data.governorId,
        ...(actions.length > 0 ? { followUp: visitFollowUp(data.actionsOwnerId ?? data.governorId, visitedOn) } : {}),
      },
    },
  ];
}

function report(
  { data }: ReportAsLinkGovernor,
  state: LinkGovernanceState,
  context: DecisionContext,
): LinkGovernanceEvent[] {
  const term = parseTerm(data.term, 'term');
  const summary = requireText(data.summary, 'summary', { max: 20_000 });
  const policyIds = textList(data.policyIds, 'policyIds', { max: 200 });
  const recommendations = optionalText(data.recommendations, 'recommendations', { max: 20_000 });
  requireAssignedLinkGovernor(areasOf(state, data.governorId), data.governorId, 'report');
  refuseTermTooFarAhead(term, context.today);
  return [
    {
      type: 'LinkGovernorReported',
      data: {
        schoolId: data.schoolId,
        governorId: data.governorId,
        term,
        summary,
        policyIds,
        recommendations,
        reportedBy: context.actorId,
        onBehalf: context.actorId !== data.governorId,
      },
    },
  ];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
