import type { AuditItem, PolicyDocumentInfo } from '@governance/contracts';
import { describeDocument } from './document-words.js';
import { actorName, AppContext, schoolName } from './context.js';
import { formatDate, formatDue, formatTerm, plural } from './format.js';
import { APPROVER_LABELS, CHARACTERISTICS, incidentLabel, ROLE_LABELS } from './vocabulary.js';
import { phasesText } from './phases.js';
import type { Role } from '@governance/contracts';

/** An audit entry in words: a headline sentence and optional detail lines. */
export interface ReadableEntry {
  headline: string;
  details: string[];
  /** A link to the document the entry is about (a version's document), shown as a link. */
  document?: { href: string; text: string };
}

type Data = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "Document attached: “Safeguarding.docx” (Word, 45 KB)." for a version drafted with its document. */
function attachedText(document: unknown): string {
  if (typeof document !== 'object' || document === null) return '';
  const info = document as PolicyDocumentInfo;
  return `Document attached: “${info.fileName}” (${describeDocument(info)}).`;
}
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function approver(value: unknown): string {
  const key = str(value) as keyof typeof APPROVER_LABELS;
  return APPROVER_LABELS[key] ? `the ${APPROVER_LABELS[key].toLowerCase()}` : str(value);
}

/** Only web addresses become links (never `javascript:` or the like). */
function documentLink(value: unknown, text: string): ReadableEntry['document'] {
  return /^https?:\/\//i.test(str(value)) ? { href: str(value), text } : undefined;
}

function nextReview(value: unknown): string {
  return value ? `next review ${formatDue(str(value))}` : 'next review one review cycle later';
}

/**
 * "Policy evaluation by Helen Park on 12 November 2026: 24 yes, 1 no, 1 N/A." then the statement
 * of effectiveness and each point answered No with its evidence, as the paper form reads.
 */
function evaluation(data: Data, by: string): ReadableEntry {
  const points = (Array.isArray(data.checklist) ? data.checklist : []) as { point?: unknown; answer?: unknown; evidence?: unknown }[];
  const count = (answer: string) => points.filter((item) => item.answer === answer).length;
  return {
    headline: `Policy evaluation by ${by} on ${formatDate(str(data.evaluatedOn))}: ${count('yes')} yes, ${count('no')} no, ${count('n/a')} N/A.`,
    details: [
      data.effectivenessStatement ? `Overall effectiveness: ${str(data.effectivenessStatement)}` : '',
      ...points.filter((item) => item.answer === 'no').map((item) => `Answered No: ${str(item.point)}${item.evidence ? ` (${str(item.evidence)})` : ''}`),
    ].filter(Boolean),
  };
}

/**
 * "Reviewed by Sam Patel on 14 November 2026 (no change), next review Summer 2027." Names come
 * from the people the viewer may see; otherwise the role that acted.
 */
export function describe(item: AuditItem, context: AppContext, policyTitle?: (policyId: string) => string | undefined): ReadableEntry {
  const data = (item.data ?? {}) as Data;
  const by = actorName(context, item.actorId, item.actorRole);
  const policies = (ids: string[]) =>
    ids.map((id) => policyTitle?.(id)).filter((title): title is string => Boolean(title)).join(', ');
  switch (item.type) {
    case 'PolicyRegistered':
      return {
        headline: `“${str(data.title)}” added to the trust's policies by ${by}.`,
        details: [`Reviewed every ${plural(Number(data.reviewCycleMonths), 'month')}, approved by ${approver(data.approver)}${data.statutory ? '; statutory' : ''}.`],
      };
    case 'PolicyVersionDrafted':
      return { headline: `Version ${data.version} drafted by ${by}.`, details: [str(data.summary), attachedText(data.document)].filter(Boolean), document: documentLink(data.documentUrl, `The document of version ${data.version}`) };
    case 'PolicyApproved':
      return {
        headline: `Version ${data.version} approved by ${approver(data.body)} on ${formatDate(str(data.approvedOn))}.`,
        details: data.minuteRef ? [`Minute reference: ${str(data.minuteRef)}.`] : [],
      };
    case 'PolicyReviewed': {
      const where = data.level === 'trust' ? ' for the whole trust' : '';
      const outcome = data.outcome === 'amended' ? 'amended' : 'no change';
      return {
        headline: `Reviewed${where} by ${by} on ${formatDate(str(data.reviewedOn))} (${outcome}), ${nextReview(data.nextReviewDue)}.`,
        details: [str(data.notes), data.minuteRef ? `Minute reference: ${str(data.minuteRef)}.` : ''].filter(Boolean),
      };
    }
    case 'PolicyAdopted':
      return {
        headline: `Version ${data.version} adopted at ${schoolName(context, str(data.schoolId))} on ${formatDate(str(data.adoptedOn))}${data.approvedBy ? `, approved by ${approver(data.approvedBy)}` : ''}; recorded by ${by}.`,
        details: [data.localAmendments ? `Local changes: ${str(data.localAmendments)}` : '', data.minuteRef ? `Minute reference: ${str(data.minuteRef)}.` : ''].filter(Boolean),
      };
    case 'EIACompleted': {
      const impacts = (data.impacts ?? {}) as Record<string, Record<string, string>>;
      const answered = (answer: string) => CHARACTERISTICS.filter((c) => impacts[c.key]?.negativeImpact === answer).map((c) => c.label.toLowerCase());
      const negative = answered('yes');
      const unsure = answered('not-sure');
      return {
        headline: `Equality impact assessment completed by ${by} on ${formatDate(str(data.completedOn))}: ${data.fullAssessmentRequired ? 'a full assessment is required' : 'no full assessment needed'}.`,
        details: [
          typeof data.version === 'number' ? `For version ${data.version}.` : '',
          negative.length > 0 ? `Possible negative impact on: ${negative.join(', ')}.` : '',
          unsure.length > 0 ? `Not sure about the impact on: ${unsure.join(', ')}.` : '',
          negative.length + unsure.length === 0 ? 'No negative impact found on any protected characteristic.' : '',
          str(data.conclusion),
        ].filter(Boolean),
      };
    }
    case 'PolicyEvaluated':
      return evaluation(data, by);
    case 'PolicyOwnerAssigned':
      return { headline: `Policy owner named by ${by}: ${actorName(context, str(data.personId))}.`, details: [] };
    case 'ReviewDue':
      return { headline: `Review due on ${formatDate(str(data.dueOn))}: reminder noted on ${formatDate(str(data.asOf))}.`, details: [] };
    case 'ReviewOverdue':
      return { headline: `Review overdue since ${formatDate(str(data.dueOn))}: noted on ${formatDate(str(data.asOf))}.`, details: [] };
    case 'PolicyAppliesToChanged':
      return { headline: `${by} set the phases of school it applies to: ${phasesText(list(data.appliesTo))}.`, details: [] };
    case 'AcknowledgementRequirementChanged':
      return { headline: data.acknowledgementRequired === true ? `${by} asked staff to read and acknowledge each adopted version.` : `${by} stopped asking staff to acknowledge each version.`, details: [] };
    case 'PolicyAcknowledged': {
      const title = policyTitle?.(str(data.policyId));
      return { headline: `${by} acknowledged version ${data.version}${title ? ` of “${title}”` : ''} on ${formatDate(str(data.acknowledgedOn))}.`, details: [] };
    }
    case 'PolicyRetired':
      return { headline: `Retired on ${formatDate(str(data.retiredOn))} by ${by}.`, details: [str(data.reason)].filter(Boolean) };
    case 'LinkGovernorAssigned':
      return {
        headline: `${by} made ${actorName(context, str(data.personId), 'governor')} link governor for ${str(data.area)} at ${schoolName(context, str(data.schoolId))}.`,
        details: [policies(list(data.policyIds))].filter(Boolean).map((titles) => `Policies: ${titles}.`),
      };
    case 'LinkGovernorVisitLogged':
      return {
        headline: `Link governor visit on ${formatDate(str(data.visitedOn))} by ${actorName(context, str(data.governorId), 'governor')}: ${str(data.purpose)}`,
        details: [
          `Findings: ${str(data.findings)}`,
          ...list(data.actions).map((action) => `Action: ${action}`),
          policies(list(data.policyIds)) ? `Policies looked at: ${policies(list(data.policyIds))}.` : '',
          data.onBehalf ? `Recorded on their behalf by ${by}.` : '',
        ].filter(Boolean),
      };
    case 'LinkGovernorReported':
      return {
        headline: `Link governor report for ${formatTerm(str(data.term))} by ${actorName(context, str(data.governorId), 'governor')}.`,
        details: [str(data.summary), data.recommendations ? `Recommendations: ${str(data.recommendations)}` : ''].filter(Boolean),
      };
    case 'TermlyReportSubmitted': {
      const incidents = Object.entries((data.incidents ?? {}) as Record<string, number>).filter(([, count]) => count > 0);
      const total = incidents.reduce((sum, [, count]) => sum + count, 0);
      return {
        headline: `Headteacher's report for ${formatTerm(str(data.term))} submitted by ${by}${Number(data.submission) > 1 ? ` (submission ${data.submission}, replacing the earlier one)` : ''}: ${plural(total, 'incident')}.`,
        details: [str(data.summary), ...incidents.map(([key, count]) => `${incidentLabel(key)}: ${count}`)].filter(Boolean),
      };
    }
    case 'LinkGovernorUnassigned':
      return {
        headline: `${actorName(context, str(data.personId), 'governor')} stopped being link governor for ${str(data.area)} at ${schoolName(context, str(data.schoolId))} on ${formatDate(str(data.unassignedOn))}; recorded by ${by}.`,
        details: [],
      };
    case 'TrustRegistered':
      return { headline: `The trust “${str(data.name)}” was set up by ${by}.`, details: [] };
    case 'SchoolAdded':
      return { headline: `${str(data.name)} joined the trust; added by ${by}.`, details: data.urn ? [`URN ${str(data.urn)}.`] : [] };
    case 'SchoolRenamed':
      return { headline: `${str(data.previousName)} was renamed ${str(data.name)} by ${by}.`, details: [] };
    case 'SchoolDetailsChanged': {
      const changes = [data.urn ? `URN ${str(data.urn)}` : '', data.phase ? `phase ${str(data.phase).replace(/-/g, ' ')}` : ''].filter(Boolean);
      return { headline: `${schoolName(context, str(data.schoolId))}: ${changes.join(' and ')} recorded by ${by}.`, details: [] };
    }
    case 'PersonDetailsChanged': {
      const fields = (Array.isArray(data.fields) ? data.fields : []).map((field) => (field === 'email' ? 'email address' : String(field)));
      return { headline: `${actorName(context, str(data.personId))}’s ${fields.join(' and ')} changed by ${by}.`, details: [] };
    }
    case 'PersonInvited':
      return { headline: `${actorName(context, str(data.personId))} was invited by email by ${by}.`, details: [] };
    case 'PasswordSetWithLink':
      return { headline: `${actorName(context, str(data.personId))} set a password with ${data.via === 'invitation' ? 'their invitation' : 'a password reset'} link.`, details: [] };
    case 'SchoolLeftTrust':
      return { headline: `${schoolName(context, str(data.schoolId))} left the trust; recorded by ${by}.`, details: [] };
    case 'TrustSecurityPolicySet':
      return { headline: `${data.requireMfaForAdmins ? 'Two-step sign-in was made compulsory' : 'Two-step sign-in was made optional'} for trust administrators by ${by}.`, details: [] };
    case 'PersonRegistered':
      return { headline: `${actorName(context, str(data.personId))} was given an account by ${by}.`, details: [] };
    case 'RoleGranted':
    case 'RoleRevoked': {
      const role = ROLE_LABELS[str(data.role) as Role]?.toLowerCase() ?? 'a role';
      const where = data.schoolId ? ` at ${schoolName(context, str(data.schoolId))}` : '';
      const who = actorName(context, str(data.personId));
      return {
        headline: item.type === 'RoleGranted' ? `${who} was made ${role}${where} by ${by}.` : `${who} stopped being ${role}${where}; recorded by ${by}.`,
        details: [],
      };
    }
    case 'PersonErased':
      return { headline: `A person’s personal details were erased by ${by}.`, details: [] };
    case 'MfaEnrolled':
      return { headline: `${actorName(context, str(data.personId))} turned on two-step sign-in.`, details: [] };
    case 'MfaRemoved':
      return {
        headline: data.reason === 'reset-by-admin' ? `${by} reset the two-step sign-in of ${actorName(context, str(data.personId))}.` : `${actorName(context, str(data.personId))} turned off two-step sign-in.`,
        details: [],
      };
    case 'MinutesInputsGenerated': {
      const body = data.body === 'trust-board' ? 'the trust board' : `the local governing body of ${schoolName(context, str(data.schoolId))}`;
      const format = data.format === 'docx' ? 'a Word document' : data.format === 'markdown' ? 'plain text' : 'data for other software';
      return { headline: `The clerk’s pack for ${body}, ${formatTerm(str(data.term))}, was downloaded by ${actorName(context, str(data.generatedBy))} as ${format}.`, details: [] };
    }
    case 'EvidencePackGenerated':
      return {
        headline: `The evidence pack of ${schoolName(context, str(data.schoolId))} as of ${str(data.asOf)} was downloaded by ${actorName(context, str(data.generatedBy))}.`,
        details: [`SHA-256 of its manifest: ${str(data.manifestSha256)}`],
      };
    case 'TermDatesSet': {
      const terms = Array.isArray(data.terms) ? (data.terms as Data[]) : [];
      return {
        headline: `Term dates set by ${by}.`,
        details: terms.map((term) => `${formatTerm(str(term.term))}: ${formatDate(str(term.startsOn))} to ${formatDate(str(term.endsOn))}`),
      };
    }
    case 'EntryWithdrawn':
      return {
        headline: `${capitalised(by)} withdrew ${ENTRY_KINDS[str(data.entryType)] ?? 'an entry'} recorded by mistake.`,
        details: [`Reason: ${str(data.reason)}`],
      };
    case 'ReminderSettingsChanged':
      return { headline: `Reminder settings changed by ${by}.`, details: [] };
    case 'ActionOpened':
      return {
        headline: `${capitalised(by)} set an action for ${actorName(context, str(data.ownerId))}, due ${formatDate(str(data.dueOn))}: ${str(data.title)}`,
        details: [],
      };
    case 'ActionCompleted':
      return { headline: `An action was marked done on ${formatDate(str(data.completedOn))} by ${by}.`, details: [data.note ? `Note: ${str(data.note)}` : ''].filter(Boolean) };
    case 'ActionReassigned':
      return { headline: `${capitalised(by)} gave an action to ${actorName(context, str(data.ownerId))}.`, details: [] };
    case 'ActionDueDateChanged':
      return { headline: `${capitalised(by)} moved an action's due date to ${formatDate(str(data.dueOn))}.`, details: [] };
    default:
      return { headline: `A change was recorded by ${by}.`, details: [] };
  }
}

/** What a withdrawal took back, in words. */
const ENTRY_KINDS: Record<string, string> = {
  PolicyAdopted: 'an adoption',
  PolicyReviewed: 'a review',
  EIACompleted: 'an equality impact assessment',
  PolicyEvaluated: 'an evaluation',
  PolicyApproved: 'an approval',
  LinkGovernorVisitLogged: 'a link governor visit',
  LinkGovernorReported: 'a link governor report',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The day the thing itself happened (the visit, the review), where the entry says; else undefined. */
export function happenedOn(item: AuditItem): string | undefined {
  const data = (item.data ?? {}) as Data;
  for (const field of ['visitedOn', 'reviewedOn', 'adoptedOn', 'completedOn', 'approvedOn', 'evaluatedOn', 'retiredOn', 'unassignedOn', 'generatedOn']) {
    if (typeof data[field] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data[field] as string)) return data[field] as string;
  }
  return undefined;
}

/**
 * The entry's sentence naming its policy and school, for lists that mix policies and schools
 * (the activity page): "Behaviour policy at Libra School: reviewed by …".
 */
export function describeInContext(item: AuditItem, context: AppContext, policyTitle: (policyId: string) => string | undefined): ReadableEntry {
  const entry = describe(item, context, policyTitle);
  const title = item.policyId ? policyTitle(item.policyId) : undefined;
  if (!item.policyId) return entry;
  const where = item.schoolId ? ` at ${schoolName(context, item.schoolId)}` : ' (trust-wide)';
  const name = title ?? 'A policy';
  return { ...entry, headline: `${name}${where}: ${entry.headline.charAt(0).toLowerCase()}${entry.headline.slice(1)}` };
}
