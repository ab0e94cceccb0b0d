import { keptJsonTextOf } from '@governance/event-store';
import type { PolicyEvaluatedData } from '@governance/domain';

/** An evaluation's fields: school, policy, day, checklist and effectiveness statement. */
const FIELDS = 5;

/**
 * The JSON text of an evaluation's checklist, as JSON.stringify gives it, cut from the text its
 * data was read from when that text is exactly the data's five fields in the domain's order:
 * the checklist is most of an evaluation (about a kilobyte), and stringifying it again was
 * about a tenth of a rebuild. The fields before and after it are matched whole, so the cut is
 * the checklist's own text (the data has no other field); any other shape (an upcast event,
 * another field, another order) is stringified.
 */
export function checklistTextOf(data: PolicyEvaluatedData): string {
  const text = keptJsonTextOf(data);
  const { schoolId, policyId, evaluatedOn, checklist, effectivenessStatement } = data;
  if (text !== undefined && Array.isArray(checklist) && typeof effectivenessStatement === 'string' && Object.keys(data).length === FIELDS) {
    const head = `{"schoolId":${JSON.stringify(schoolId)},"policyId":${JSON.stringify(policyId)},"evaluatedOn":${JSON.stringify(evaluatedOn)},"checklist":`;
    const tail = `,"effectivenessStatement":${JSON.stringify(effectivenessStatement)}}`;
    if (text.length > head.length + tail.length && text.startsWith(head) && text.endsWith(tail)) {
      return text.slice(head.length, text.length - tail.length);
    }
  }
  return JSON.stringify(checklist ?? []);
}
