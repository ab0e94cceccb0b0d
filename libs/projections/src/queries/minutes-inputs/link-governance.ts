import { LocalDate, isAfter } from '@governance/domain';
import type { GovernorReportInputs, LinkGovernanceInputs, PersonRef, VisitInputs } from './types';

export interface AssignmentRow {
  personId: string;
  area: string;
  assignedOn: LocalDate;
}

/**
 * Visits and reports of the term, and the link governors (assigned by the term's end) who
 * have not reported for it, each with the areas they link to.
 */
export function linkGovernance(
  visits: VisitInputs[],
  reports: GovernorReportInputs[],
  assignments: readonly AssignmentRow[],
  termEndsOn: LocalDate,
  person: (personId: string) => PersonRef,
): LinkGovernanceInputs {
  const reported = new Set(reports.map((r) => r.governor.id));
  const areas = new Map<string, string[]>();
  for (const a of assignments) {
    if (isAfter(a.assignedOn, termEndsOn) || reported.has(a.personId)) continue;
    areas.set(a.personId, [...(areas.get(a.personId) ?? []), a.area]);
  }
  const notReported = [...areas.entries()]
    .map(([personId, list]) => ({ governor: person(personId), areas: list.sort((a, b) => a.localeCompare(b)) }))
    .sort((a, b) => a.governor.name.localeCompare(b.governor.name));
  return { visits, reports, notReported };
}
