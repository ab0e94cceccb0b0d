import { readApproval, signatureDate } from './approval';
import { compareStart } from './dates';
import { readEia } from './eia';
import { readLabelledValues } from './header-fields';
import { readReferenceLists } from './lists';
import { readSchool, readTitle, readTrust } from './names';
import { normalizeText } from './normalize-text';
import { readReviewDates } from './review-dates';
import { resolveCycle, statedCycle } from './review-cycle';
import { readRoles } from './roles';
import { readStatutory } from './statutory';
import { paragraphsOf } from './text-lines';
import {
  DetectOptions,
  DetectedPolicy,
  DetectionSources,
  PolicyDetection,
  SourceLine,
} from './types';

/**
 * Reads the `detected` fields of API.md from a policy's text, as a careful reader would:
 * each field with the line it came from, and a warning for every guess. Pure; never throws
 * for odd text (unstated fields are null, lists empty).
 */
export function detectPolicy(rawText: string, options: DetectOptions = {}): PolicyDetection {
  const lines = normalizeText(rawText).split('\n');
  const paragraphs = paragraphsOf(lines);
  const labelled = readLabelledValues(lines);
  const warnings: string[] = [];
  const source = (index: number | null | undefined): SourceLine | null =>
    index === null || index === undefined ? null : { line: index + 1, text: lines[index] };

  const school = readSchool(lines, labelled);
  const trust = readTrust(lines, labelled);
  const title = readTitle(lines, labelled, school, trust);

  const dates = readReviewDates(labelled, options, warnings);
  const approver = readApproval(labelled, paragraphs, lines, warnings);
  const approvedOn = approver.date ?? signatureDate(labelled, lines, warnings);
  if (
    dates.last === null &&
    approvedOn !== null &&
    (dates.next === null || compareStart(approvedOn.value.value, dates.next.value.value) < 0)
  ) {
    // Approving a policy is reviewing it; the register needs a last review to give a status.
    dates.last = approvedOn;
    warnings.push(
      `no review date is given; the approval date (${approvedOn.value.value}) read as the date of the last review`,
    );
  }
  const stated = statedCycle(labelled, paragraphs);
  const cycle = resolveCycle(
    stated?.value ?? null,
    dates.last?.value.value ?? null,
    dates.next?.value.value ?? null,
  );
  warnings.push(...cycle.warnings);
  const cycleIndex = stated?.index ?? (cycle.months !== null ? dates.next?.index : undefined);

  const statutory = readStatutory(labelled, paragraphs);
  const lists = readReferenceLists(lines, paragraphs, labelled, title?.value ?? null);
  const roles = readRoles(lines);
  const eia = readEia(lines, paragraphs, labelled);
  if (eia.claimedOnly !== null) {
    warnings.push(
      `the policy says an equality impact assessment was carried out (line ${eia.claimedOnly + 1}), but the assessment itself is not in the document`,
    );
  } else if (eia.present !== null && eia.completedOn === null) {
    warnings.push('the equality impact assessment in the document has no completion date');
  }
  for (const date of [
    dates.last,
    dates.next,
    approvedOn,
    eia.completedOn && { value: eia.completedOn.date, index: eia.completedOn.index },
  ]) {
    if (date?.value.note) warnings.push(date.value.note);
  }

  const detected: DetectedPolicy = {
    title: title?.value ?? null,
    trustName: trust?.value ?? null,
    schoolName: school?.value ?? null,
    lastReviewedOn: dates.last?.value.value ?? null,
    approvedOn: approvedOn?.value.value ?? null,
    approvedBy: approver.body?.value ?? null,
    nextReviewDue: dates.next?.value.value ?? null,
    reviewCycleMonths: cycle.months,
    statutory: statutory?.value ?? null,
    legislation: lists.legislation.map((item) => item.text),
    linkedPolicies: lists.linkedPolicies.map((item) => item.text),
    roles: roles.map((role) => role.id),
    eia: {
      present: eia.present !== null,
      completedOn: eia.completedOn?.date.value ?? null,
      fullAssessmentRequired: eia.fullAssessmentRequired?.value ?? null,
    },
  };
  const sources: DetectionSources = {
    title: source(title?.index),
    trustName: source(trust?.index),
    schoolName: source(school?.index),
    lastReviewedOn: source(dates.last?.index),
    approvedOn: source(approvedOn?.index),
    approvedBy: source(approver.body?.index),
    nextReviewDue: source(dates.next?.index),
    reviewCycleMonths: cycle.months === null ? null : source(cycleIndex),
    statutory: source(statutory?.index),
    legislation: lists.legislation.map((item) => source(item.index) as SourceLine),
    linkedPolicies: lists.linkedPolicies.map((item) => source(item.index) as SourceLine),
    roles: roles.map((role) => source(role.index) as SourceLine),
    eia: {
      present: source(eia.present ?? eia.claimedOnly),
      completedOn: source(eia.completedOn?.index),
      fullAssessmentRequired: source(eia.fullAssessmentRequired?.index),
    },
  };
  return { detected, sources, warnings: [...new Set(warnings)] };
}
