import type { LabelledValue } from './labelled-value';
import { classifyLabel } from './labels';
import { Paragraph, isBulletLine, lineAt, stripBullet } from './text-lines';

/** A list entry and the 0-based index of the line it came from. */
export interface ListItem {
  text: string;
  index: number;
}

export interface ReferenceLists {
  legislation: ListItem[];
  linkedPolicies: ListItem[];
}

type ListKind = 'legislation' | 'documents' | 'linked';

/** Lines that introduce a list, and what the list holds. */
const INTROS: Array<[RegExp, ListKind]> = [
  [
    /\b(?:read|used|considered) (?:in conjunction with|alongside|together with|in line with|along with)\b|\b(?:linked|related|associated|other|connected) (?:school |trust )?(?:policies|procedures)\b/i,
    'linked',
  ],
  [
    /\b(?:following|other|related|relevant) (?:documentation|documents|guidance|publications)\b|\bdocumentation (?:is )?(?:also )?related\b|\blegislation and guidance\b/i,
    'documents',
  ],
  [
    /\b(?:legislation|legal framework|statutory (?:guidance|framework)|acts? and regulations|following (?:acts|laws|statutes))\b/i,
    'legislation',
  ],
];

const LEGISLATION_LIKE =
  /\bacts?\b[^.]*\d{4}|\bregulations?\b|\border\s+\d{4}|\bcode of practice\b|\bguidance\b|\bguide\b|\badvice\b|\bstatutory\b|\bframework\b|\((?:dfe|dfes|dcsf|doh|dh|acas|ofsted|hse|ico|home office|nspcc)\)|keeping children safe|working together|\bconvention\b|\bdirective\b|\bgdpr\b|\bstandards\b|\bhandbook\b/i;
const POLICY_LIKE =
  /\b(?:polic(?:y|ies)|procedures?|agreement|code of conduct|plan|statement|protocol|charter)\b/i;

/** Statutory guidance documents are cited by name without "Act"; find those in prose too. */
const KNOWN_GUIDANCE: Array<[RegExp, string]> = [
  [/\bkeeping children safe in education\b|\bKCSIE\b/i, 'Keeping Children Safe in Education'],
  [/\bworking together to safeguard children\b/i, 'Working Together to Safeguard Children'],
  [
    /\bSEND code of practice\b|\bspecial educational needs (?:and disability )?code of practice\b/i,
    'SEND Code of Practice',
  ],
  [/\bprevent duty(?: guidance)?\b/i, 'Prevent Duty Guidance'],
  [
    /\b(?:UK )?GDPR\b|\bgeneral data protection regulation\b/i,
    'UK General Data Protection Regulation',
  ],
];

/**
 * The legislation and the linked policies a document names: its lists under an introducing
 * line ("related to the following legislation:", "Linked Policies"), its "Legislation:" and
 * "Related documents:" labels, "read in conjunction with ..." sentences, and Acts and
 * statutory guidance named in the prose. Duplicates go; the document's own title goes.
 */
export function readReferenceLists(
  lines: readonly string[],
  paragraphs: readonly Paragraph[],
  labelled: readonly LabelledValue[],
  title: string | null,
): ReferenceLists {
  const legislation = new Collector(legislationKey);
  const linked = new Collector(policyKey, title);
  const inLists = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    const kind = introKind(lines[i]);
    if (!kind) continue;
    for (const item of listAfter(lines, i)) {
      inLists.add(item.index);
      const goesTo =
        kind === 'linked'
          ? 'linked'
          : kind === 'legislation'
            ? 'legislation'
            : sortDocument(item.text);
      if (goesTo === 'linked') linked.add(item);
      else legislation.add(item);
    }
  }
  for (const pair of labelled) {
    if (pair.kind !== 'linked' && pair.kind !== 'legislation') continue;
    for (const text of splitValue(pair.value)) {
      const item = { text, index: pair.line - 1 };
      if (pair.kind === 'linked') linked.add(item);
      else legislation.add(item);
    }
  }
  for (const paragraph of paragraphs) {
    if (paragraph.starts.every((start) => inLists.has(start.index))) continue;
    for (const item of readAlongside(paragraph)) linked.add(item);
    for (const item of namedLegislation(paragraph))
      if (!inLists.has(item.index)) legislation.add(item);
  }
  return { legislation: legislation.items, linkedPolicies: linked.items };
}

function introKind(line: string): ListKind | null {
  const text = line.trim();
  if (text === '' || isBulletLine(line) || text.includes('\t')) return null;
  const heading = text.split(/\s+/).length <= 6 && !/[.]$/.test(text);
  if (!text.endsWith(':') && !heading) return null;
  if (heading && !text.endsWith(':')) {
    const kind = classifyLabel(text);
    if (kind === 'linked') return 'linked';
    if (kind === 'legislation') return 'documents';
    return null;
  }
  return INTROS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * The items under an intro line: bullet lines (blank lines between them allowed, cells of a
 * multi-column list split), or, when the first line has no bullet, the following block of
 * short lines up to the first blank line.
 */
function listAfter(lines: readonly string[], intro: number): ListItem[] {
  const items: ListItem[] = [];
  let i = intro + 1;
  while (i < lines.length && lines[i].trim() === '') i++;
  const bulleted = i < lines.length && isBulletLine(lines[i].split('\t')[0]);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      if (bulleted && i + 1 < lines.length && isBulletLine(lines[i + 1])) continue;
      break;
    }
    if (
      bulleted
        ? !isBulletLine(line.split('\t').find((cell) => cell.trim() !== '') ?? '')
        : !isPlainItem(line)
    )
      break;
    for (const cell of line.split('\t')) {
      const text = clean(cell);
      if (text !== '') items.push({ text, index: i });
    }
  }
  return items;
}

function isPlainItem(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/).length <= 30 && !text.endsWith(':') && !/[.!?]$/.test(text);
}

function sortDocument(text: string): 'legislation' | 'linked' {
  return POLICY_LIKE.test(text) && !LEGISLATION_LIKE.test(text) ? 'linked' : 'legislation';
}

function splitValue(value: string): string[] {
  return value
    .split(/[;,•▪·\t]|\s{3,}/)
    .map(clean)
    .filter((text) => text !== '');
}

/** "This policy should be read in conjunction with the school's X policy, Y and Z." */
function readAlongside(paragraph: Paragraph): ListItem[] {
  const items: ListItem[] = [];
  const pattern =
    /\b(?:read|used|considered) (?:in conjunction with|alongside|together with|in line with|along with)\s+([^.:]+?)(?=\.(?:\s|$)|$)/gi;
  for (let m = pattern.exec(paragraph.text); m !== null; m = pattern.exec(paragraph.text)) {
    const index = lineAt(paragraph, m.index);
    for (const piece of m[1].split(/,\s*|;\s*|\s+and\s+(?=(?:the|our|its|any|this|all)\b)/i)) {
      const text = clean(
        piece
          .replace(/^.*?\b(?:for example|such as|e\.g\.|including)\s+/i, '')
          .replace(/^(?:the|our|its|this|all)\s+/i, '')
          .replace(/^(?:school|academy|trust|setting)['’]s\s+/i, ''),
      );
      if (
        text === '' ||
        /^(?:any|all|other)\b/i.test(text) ||
        /^(?:this|the) (?:policy|document)$/i.test(text)
      )
        continue;
      items.push({ text: text[0].toUpperCase() + text.slice(1), index });
    }
  }
  return items;
}

/** Acts, regulations and orders with their year, and well-known statutory guidance, in prose. */
function namedLegislation(paragraph: Paragraph): ListItem[] {
  const items: ListItem[] = [];
  const pattern = /\b(Act|Regulations|Order)\s+\(?(\d{4})\)?/g;
  for (let m = pattern.exec(paragraph.text); m !== null; m = pattern.exec(paragraph.text)) {
    const name = nameBefore(paragraph.text.slice(Math.max(0, m.index - 200), m.index));
    if (name) items.push({ text: `${name} ${m[1]} ${m[2]}`, index: lineAt(paragraph, m.index) });
  }
  for (const [pattern, name] of KNOWN_GUIDANCE) {
    const m = pattern.exec(paragraph.text);
    if (m) items.push({ text: name, index: lineAt(paragraph, m.index) });
  }
  return items;
}

const CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'at',
  'on',
  'to',
  'from',
  'with',
  '&',
]);
const LEADING_NOISE = new Set([
  ...CONNECTORS,
  'The',
  'This',
  'Under',
  'In',
  'And',
  'Our',
  'See',
  'With',
  'Its',
  'Their',
  'A',
  'An',
  'As',
  'By',
  'Also',
  'Section',
  'Part',
  'Schedule',
]);

/** The capitalised words right before "Act": "in line with the Equality" gives "Equality". */
function nameBefore(text: string): string | null {
  const tokens = text.trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let k = tokens.length - 1; k >= 0 && name.length < 10; k--) {
    const token = tokens[k];
    if (/^[A-Z][A-Za-z'’-]*$/.test(token) || CONNECTORS.has(token)) name.unshift(token);
    else break;
  }
  while (name.length > 0 && LEADING_NOISE.has(name[0])) name.shift();
  return name.length > 0 ? name.join(' ') : null;
}

function clean(text: string): string {
  return stripBullet(text)
    .replace(/\s+/g, ' ')
    .replace(/(?:[;,.]|\s+and)+$/i, '')
    .trim();
}

function legislationKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

function policyKey(text: string): string {
  return legislationKey(text).replace(/polic(?:y|ies)$/, '');
}

/** Keeps the first of each item by key, with the line it was first seen on. */
class Collector {
  readonly items: ListItem[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly key: (text: string) => string,
    exclude: string | null = null,
  ) {
    if (exclude) this.seen.add(key(exclude));
  }

  add(item: ListItem): void {
    const key = this.key(item.text);
    if (key === '' || /^appendix/.test(key) || this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(item);
  }
}
