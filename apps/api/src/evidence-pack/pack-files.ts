import type { AuditItem, RegisterRow } from '@governance/contracts';
import { toCsv } from '../exports/csv';
import { csvTable, registerColumns } from '../exports/csv-columns';
import type { VerificationReport } from '../tamper-evidence/chain-verifier';
import { APPROVER_WORDS, describe, happenedOn, list, recordedAt, recordedLate, text, withdrawnNote } from './pack-entries';

/** Everything a pack is made of, gathered by EvidencePackBuilder. */
export interface PackFacts {
  trustName: string;
  school: { id: string; name: string };
  asOf: string;
  generatedAt: string;
  generatedBy: { id: string; name: string };
  register: RegisterRow[];
  /** The school's entries and the trust's entries about its policies, oldest first, that happened by `asOf`. */
  entries: AuditItem[];
  verification: VerificationReport;
  /** The trust's last event when the pack was made. */
  head: { position: string; streamId: string; revision: number; hash: string | null } | null;
  nameOf: (personId: string) => string;
}

/** The pack's files by path, in the order they are zipped (the manifest and its sum come last). */
export function packFiles(facts: PackFacts): Map<string, Buffer> {
  const files = new Map<string, string>();
  files.set('README.txt', readme(facts));
  const register = csvTable(registerColumns(facts.school.name), facts.register);
  files.set('register.csv', toCsv(register.header, register.rows));
  files.set('register.json', json(facts.register));
  for (const [name, markdown] of policyHistories(facts)) files.set(`policies/${name}.md`, markdown);
  files.set('decisions.csv', decisions(facts));
  files.set('eias.csv', eias(facts));
  files.set('visits.csv', visits(facts));
  files.set('link-governor-reports.csv', reports(facts));
  files.set('termly-reports.md', termlyReports(facts));
  files.set('chain-verification.json', json({ verification: facts.verification, head: facts.head }));
  return new Map([...files].map(([path, content]) => [path, Buffer.from(content, 'utf8')]));
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const of = (facts: PackFacts, ...types: string[]) => facts.entries.filter((item) => types.includes(item.type));
const who = (facts: PackFacts, item: AuditItem) => (item.actorId ? facts.nameOf(item.actorId) : 'the system');
const person = (facts: PackFacts, id: string | null) => (id ? facts.nameOf(id) : null);

function readme(facts: PackFacts): string {
  return [
    `Evidence pack: ${facts.school.name} (${facts.trustName})`,
    '',
    `As of ${facts.asOf}: the register and the histories as they stood on that day, by the dates`,
    'things happened (an entry recorded later about an earlier day is included, with both dates).',
    `Made ${facts.generatedAt} by ${facts.generatedBy.name}.`,
    '',
    'What is in it:',
    '  register.csv, register.json    every policy that applies to the school, its status and dates',
    '  policies/<policy>.md           each policy\'s history: what happened, the day it happened,',
    '                                 when it was recorded and by whom',
    '  decisions.csv                  approvals, adoptions and reviews, with the body and minute reference',
    '  eias.csv                       equality impact assessments',
    '  visits.csv                     link governor visits',
    '  link-governor-reports.csv      link governor reports',
    '  termly-reports.md              the headteacher\'s termly reports',
    '  chain-verification.json        the check of the tamper-evident log when the pack was made',
    '                                 (the chains of the streams these entries come from), and the',
    '                                 trust\'s last log position and hash it covers',
    '  manifest.json                  the SHA-256 of every file above',
    '  manifest.sha256                the SHA-256 of manifest.json',
    '',
    'How to check it has not been changed:',
    '  npm run cli -- verify-evidence-pack <this file>.zip  (no server or data needed), or by hand:',
    '  `sha256sum -c manifest.sha256`, then compare each file\'s SHA-256 with manifest.json.',
    '  The trust\'s audit trail records this pack (EvidencePackGenerated) with the SHA-256 of its',
    '  manifest.json: the same sum proves it is the pack that was taken.',
    '',
  ].join('\r\n');
}

/** One Markdown file per policy, named by its title (made safe for a file name, unique). */
function policyHistories(facts: PackFacts): [string, string][] {
  const used = new Set<string>();
  return facts.register.map((row) => {
    let name = safeFileName(row.title) || row.policyId;
    if (used.has(name.toLowerCase())) name = `${name} (${row.policyId})`;
    used.add(name.toLowerCase());
    const entries = facts.entries.filter((item) => item.policyId === row.policyId);
    const lines = [
      `# ${row.title}`,
      '',
      `Status as of ${facts.asOf}: ${row.status}. Adopted version: ${row.adoptedVersion ?? 'none'}. Last reviewed: ${row.lastReviewedOn ?? 'never'}. Next review due: ${row.nextReviewDue ?? 'not set'}. EIA: ${row.eia}. Approved by: ${APPROVER_WORDS[row.approver] ?? row.approver}.`,
      '',
      '| Happened | Recorded | By | What |',
      '| --- | --- | --- | --- |',
      ...entries.map((item) => {
        const note = withdrawnNote(item);
        const late = recordedLate(item) ? ' (recorded late: more than 30 days after it happened)' : '';
        const what = `${describe(item)}${late}${note ? ` (${note})` : ''}`;
        return `| ${happenedOn(item)} | ${recordedAt(item)} | ${cell(who(facts, item))} | ${cell(what)} |`;
      }),
      ...(entries.length === 0 ? ['| | | | Nothing recorded |'] : []),
      '',
    ];
    return [name, lines.join('\n')];
  });
}

/** Characters a file name may not hold on Windows or in a zip path (separators, controls): each becomes a dash. */
function safeFileName(title: string): string {
  return [...title].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('').trim();
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

const titleOf = (facts: PackFacts) => {
  const titles = new Map(facts.register.map((row) => [row.policyId, row.title]));
  return (id: string | null) => (id === null ? null : (titles.get(id) ?? id));
};

function decisions(facts: PackFacts): string {
  const title = titleOf(facts);
  const rows = of(facts, 'PolicyApproved', 'PolicyAdopted', 'PolicyReviewed').map((item) => [
    happenedOn(item),
    item.type === 'PolicyApproved' ? 'Approved' : item.type === 'PolicyAdopted' ? 'Adopted' : 'Reviewed',
    title(item.policyId),
    text(item, 'version'),
    APPROVER_WORDS[text(item, 'body') ?? text(item, 'approvedBy') ?? ''] ?? (item.type === 'PolicyReviewed' ? (text(item, 'level') === 'trust' ? 'the trust' : 'the school') : null),
    text(item, 'minuteRef'),
    text(item, 'outcome'),
    recordedAt(item),
    who(facts, item),
    withdrawnNote(item),
  ]);
  return toCsv(['Date', 'Decision', 'Policy', 'Version', 'By (body)', 'Minute reference', 'Outcome', 'Recorded', 'Recorded by', 'Withdrawn'], rows);
}

function eias(facts: PackFacts): string {
  const title = titleOf(facts);
  const rows = of(facts, 'EIACompleted').map((item) => [
    title(item.policyId),
    text(item, 'version'),
    happenedOn(item),
    item.data?.fullAssessmentRequired === true,
    text(item, 'conclusion'),
    person(facts, text(item, 'approvedBy')),
    text(item, 'approvedOn'),
    recordedAt(item),
    who(facts, item),
    withdrawnNote(item),
  ]);
  return toCsv(['Policy', 'Version', 'Completed on', 'Full assessment required', 'Conclusion', 'Approved by', 'Approved on', 'Recorded', 'Recorded by', 'Withdrawn'], rows);
}

function visits(facts: PackFacts): string {
  const title = titleOf(facts);
  const rows = of(facts, 'LinkGovernorVisitLogged').map((item) => [
    happenedOn(item),
    person(facts, text(item, 'governorId')),
    text(item, 'purpose'),
    text(item, 'findings'),
    list(item, 'policyIds').map(title).join('; '),
    list(item, 'actions').join('; '),
    recordedAt(item),
    who(facts, item),
    withdrawnNote(item),
  ]);
  return toCsv(['Visited on', 'Governor', 'Purpose', 'Findings', 'Policies', 'Actions', 'Recorded', 'Recorded by', 'Withdrawn'], rows);
}

function reports(facts: PackFacts): string {
  const title = titleOf(facts);
  const rows = of(facts, 'LinkGovernorReported').map((item) => [
    text(item, 'term'),
    person(facts, text(item, 'governorId')),
    text(item, 'summary'),
    list(item, 'policyIds').map(title).join('; '),
    text(item, 'recommendations'),
    recordedAt(item),
    who(facts, item),
    withdrawnNote(item),
  ]);
  return toCsv(['Term', 'Governor', 'Summary', 'Policies', 'Recommendations', 'Recorded', 'Recorded by', 'Withdrawn'], rows);
}

function termlyReports(facts: PackFacts): string {
  const items = of(facts, 'TermlyReportSubmitted');
  const sections = items.map((item) => {
    const supersedes = text(item, 'supersedes');
    const incidents = Object.entries((item.data?.incidents ?? {}) as Record<string, unknown>).map(([kind, count]) => `- ${kind}: ${String(count)}`);
    const training = list(item, 'training').map((t) => `- ${t}`);
    const note = withdrawnNote(item);
    return [
      `## ${text(item, 'term')}, submission ${text(item, 'submission')}${supersedes ? ` (replaces submission ${supersedes})` : ''}`,
      '',
      `Submitted by ${person(facts, text(item, 'submittedBy')) ?? who(facts, item)}, recorded ${recordedAt(item)}.${note ? ` ${note}.` : ''}`,
      '',
      text(item, 'summary') ?? '',
      '',
      ...(incidents.length ? ['Incidents:', ...incidents, ''] : []),
      ...(training.length ? ['Training:', ...training, ''] : []),
    ].join('\n');
  });
  return [`# Termly reports: ${facts.school.name}`, '', ...(sections.length ? sections : ['No termly report recorded.', ''])].join('\n');
}
