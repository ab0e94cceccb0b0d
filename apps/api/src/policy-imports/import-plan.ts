import {
  Approver,
  DecisionContext,
  DomainEvent,
  fold,
  importCycleDates,
  isTermId,
  policyDecider,
  PolicyCommand,
  policyFactsOf,
  requireImportTitle,
  schoolPolicyDecider,
  SchoolPolicyCommand,
  TermCalendar,
} from '@governance/domain';
import type { DetectedPolicy } from '@governance/documents';

/** What the person checking an import corrected or added before committing it. */
export interface ImportCorrections {
  title?: string;
  reviewCycleMonths?: number;
  approvedBy?: Approver;
  lastReviewedOn?: string;
  approvedOn?: string;
  nextReviewDue?: string;
  statutory?: boolean;
}

export interface ImportTarget {
  trustId: string;
  policyId: string;
  /** The school adopting it; without one it becomes a trust-wide policy approved by the trust. */
  schoolId?: string;
  sourceFile: string;
}

export interface ImportPlan {
  policyCommands: PolicyCommand[];
  schoolCommands: SchoolPolicyCommand[];
  warnings: string[];
}

/**
 * Turns what a document says into the commands that record it: register the policy and its
 * version 1, then the school's adoption and last review (or the trust's approval and review).
 * Every command is decided here in memory first, so a refusal is found before anything is
 * appended and an import never lands half-way.
 */
export function planImport(detected: DetectedPolicy, corrections: ImportCorrections, target: ImportTarget, context: DecisionContext): ImportPlan {
  const warnings: string[] = [];
  const title = requireImportTitle(corrections.title ?? detected.title);
  const dated = (value: string | null | undefined, label: string): string | null => {
    if (!value) return null;
    const day = firstDayOf(value);
    if (day !== value) warnings.push(`${label} "${value}" recorded as ${day}, the first day it could mean.`);
    return day;
  };
  const approvedOn = dated(corrections.approvedOn ?? detected.approvedOn, 'Approved');
  const lastReviewedOn = dated(corrections.lastReviewedOn ?? detected.lastReviewedOn, 'Last reviewed');
  const { startedOn, reviewedOn } = importCycleDates(approvedOn, lastReviewedOn);
  let reviewCycleMonths = corrections.reviewCycleMonths ?? detected.reviewCycleMonths;
  if (reviewCycleMonths === null) {
    reviewCycleMonths = 12;
    warnings.push('The document does not say how often it is reviewed: recorded as every 12 months.');
  }
  const scope = target.schoolId ? 'school' : 'trust';
  const approver = corrections.approvedBy ?? detected.approvedBy ?? (scope === 'school' ? 'local-governing-body' : 'trust-board');
  const nextReviewDue = corrections.nextReviewDue ?? detected.nextReviewDue ?? null;
  const { policyId, trustId } = target;
  const policyCommands: PolicyCommand[] = [
    {
      type: 'RegisterPolicy',
      data: {
        policyId,
        trustId,
        title,
        scope,
        reviewCycleMonths,
        approver,
        statutory: corrections.statutory ?? detected.statutory ?? false,
        eiaRequired: true,
        legislation: detected.legislation,
        linkedPolicies: detected.linkedPolicies,
      },
    },
    { type: 'DraftPolicyVersion', data: { policyId, summary: `Imported from ${target.sourceFile}`, documentUrl: null } },
  ];
  const schoolCommands: SchoolPolicyCommand[] = [];
  if (scope === 'trust') {
    policyCommands.push(
      { type: 'ApprovePolicyVersion', data: { policyId, version: 1, approvedOn: startedOn, body: approver, minuteRef: null } },
      { type: 'ReviewPolicy', data: { policyId, reviewedOn, outcome: 'no-change', notes: `Imported from ${target.sourceFile}`, nextReviewDue } },
    );
  }
  // Decide the catalogue commands in memory to learn the policy's facts and surface refusals now.
  const policyEvents = decideAll(policyDecider, policyCommands, context);
  if (target.schoolId) {
    const policy = policyFactsOf(fold(policyDecider, policyEvents), policyId);
    const common = { schoolId: target.schoolId, policyId, policy };
    schoolCommands.push(
      { type: 'AdoptPolicy', data: { ...common, version: 1, adoptedOn: startedOn, approvedBy: approver, localAmendments: null } },
      { type: 'ReviewSchoolPolicy', data: { ...common, reviewedOn, outcome: 'no-change', notes: `Imported from ${target.sourceFile}`, nextReviewDue } },
    );
    decideAll(schoolPolicyDecider, schoolCommands, context);
  }
  return { policyCommands, schoolCommands, warnings };
}

/** Runs commands one after another against the state they build, as the store would. */
function decideAll<Command, Event extends DomainEvent, State>(
  decider: { decide(c: Command, s: State, ctx: DecisionContext): Event[]; evolve(s: State, e: Event): State; initialState(): State },
  commands: Command[],
  context: DecisionContext,
): Event[] {
  const events: Event[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    const decided = decider.decide(command, state, context);
    for (const event of decided) state = decider.evolve(state, event);
    events.push(...decided);
  }
  return events;
}

/** The earliest day a partial date can mean: a month's first day, a term's first day. */
export function firstDayOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (isTermId(value)) return TermCalendar.default.startOf(value);
  return value;
}
