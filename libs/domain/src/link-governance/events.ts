import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';
import { TermId } from '../time/term';
import { EntryWithdrawn } from '../withdrawal/events';
import { VisitFollowUp } from './visit-follow-up';

/**
 * Events of a school's link governance, stream `linkgov-{schoolId}`: who links to which area
 * and policies, their visits and their reports. People appear only as opaque person ids.
 */
export type LinkGovernorAssignedData = {
  schoolId: string;
  personId: string;
  /** The area linked to, as the school names it: "Safeguarding", "SEND", "Online safety". */
  area: string;
  policyIds: string[];
  assignedOn: LocalDate;
};
export type LinkGovernorAssigned = DomainEvent<'LinkGovernorAssigned', LinkGovernorAssignedData>;

export type LinkGovernorUnassignedData = {
  schoolId: string;
  personId: string;
  area: string;
  unassignedOn: LocalDate;
};
export type LinkGovernorUnassigned = DomainEvent<
  'LinkGovernorUnassigned',
  LinkGovernorUnassignedData
>;

export type LinkGovernorVisitLoggedData = {
  schoolId: string;
  governorId: string;
  visitedOn: LocalDate;
  purpose: string;
  findings: string;
  policyIds: string[];
  actions: string[];
  /** Who recorded it: the governor, or a trust admin on their behalf. */
  loggedBy: string;
  onBehalf: boolean;
  /**
   * Who follows up the actions agreed, and by when: each line of `actions` is then an open
   * action. Absent on visits logged before actions existed (their lines stay free text).
   */
  followUp?: VisitFollowUp | null;
};
export type LinkGovernorVisitLogged = DomainEvent<
  'LinkGovernorVisitLogged',
  LinkGovernorVisitLoggedData
>;

export type LinkGovernorReportedData = {
  schoolId: string;
  governorId: string;
  term: TermId;
  summary: string;
  policyIds: string[];
  recommendations: string | null;
  reportedBy: string;
  onBehalf: boolean;
};
export type LinkGovernorReported = DomainEvent<'LinkGovernorReported', LinkGovernorReportedData>;

export type LinkGovernanceEvent =
  | LinkGovernorAssigned
  | LinkGovernorUnassigned
  | LinkGovernorVisitLogged
  | LinkGovernorReported
  | EntryWithdrawn;

/** Every event type of the link-governance stream. */
export const LINK_GOVERNANCE_EVENT_TYPES: readonly LinkGovernanceEvent['type'][] = [
  'LinkGovernorAssigned',
  'LinkGovernorUnassigned',
  'LinkGovernorVisitLogged',
  'LinkGovernorReported',
  'EntryWithdrawn',
];

export interface LinkAssignment {
  personId: string;
  area: string;
  policyIds: string[];
}

export interface LinkGovernanceState {
  /** Current assignments; one per person and area. */
  assignments: LinkAssignment[];
  visits: number;
  reports: number;
}

export function initialLinkGovernanceState(): LinkGovernanceState {
  return { assignments: [], visits: 0, reports: 0 };
}

/** Areas are told apart regardless of case and spacing: "SEND" and " send " are one area. */
export function sameArea(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function evolveLinkGovernance(
  state: LinkGovernanceState,
  event: LinkGovernanceEvent,
): LinkGovernanceState {
  switch (event.type) {
    case 'LinkGovernorAssigned': {
      const { personId, area, policyIds } = event.data;
      const others = state.assignments.filter(
        (a) => !(a.personId === personId && sameArea(a.area, area)),
      );
      return { ...state, assignments: [...others, { personId, area, policyIds }] };
    }
    case 'LinkGovernorUnassigned': {
      const { personId, area } = event.data;
      return {
        ...state,
        assignments: state.assignments.filter(
          (a) => !(a.personId === personId && sameArea(a.area, area)),
        ),
      };
    }
    case 'LinkGovernorVisitLogged':
      return { ...state, visits: state.visits + 1 };
    case 'LinkGovernorReported':
      return { ...state, reports: state.reports + 1 };
    case 'EntryWithdrawn':
      // A withdrawn visit or report stops counting.
      if (event.data.entryType === 'LinkGovernorVisitLogged') return { ...state, visits: state.visits - 1 };
      if (event.data.entryType === 'LinkGovernorReported') return { ...state, reports: state.reports - 1 };
      return state;
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event;
      return state;
    }
  }
}

/** The areas a person currently links to at the school. */
export function areasOf(state: LinkGovernanceState, personId: string): LinkAssignment[] {
  return state.assignments.filter((a) => a.personId === personId);
}
