import { stripBullet } from './text-lines';

/**
 * What a header label is about. Labels are classified by their words rather than matched
 * against a fixed list, so "Date of Last Review", "Last reviewed on", "Policy last
 * reviewed" and "Previous review date" all read the same.
 */
export type LabelKind =
  | 'title'
  | 'school'
  | 'trust'
  | 'lastReview'
  | 'nextReview'
  /** "Review date": usually the next review, the last one when another label names the next. */
  | 'reviewDate'
  /** "Date of review": usually the last review, the next one when another label names the last. */
  | 'dateOfReview'
  /** "Date", "Date written", "Issued": the document's own date. */
  | 'documentDate'
  /** A bare "Date" whose meaning comes from the label before it on the same row. */
  | 'date'
  | 'approvedOn'
  /** The date beside a signature ("Headteacher:\t\tDate:\t03.03.17"). */
  | 'signatureDate'
  | 'approvedBy'
  /** "Approved", "Ratified": the value may name the body, the date or both. */
  | 'approval'
  | 'reviewedBy'
  | 'cycle'
  | 'statutory'
  | 'linked'
  | 'legislation'
  | 'eia'
  | 'eiaDate'
  | 'eiaFull'
  | 'eiaBy'
  | 'eiaApprovedBy'
  | 'role'
  | 'other';

const NOT_A_LABEL =
  /^(?:we|the following|if|please|all|they|when|where|there|these|those|it|in|for|with|and|or|but|as|on|by|from|at|under|this policy (?:has|will|should|is|applies)|each|any|no|not)\b/;

type Rule = [RegExp, LabelKind | ((label: string) => LabelKind | null)];

/** Tried in order; the first matching rule decides. */
const RULES: Rule[] = [
  [
    /\b(?:eia|equality impact|equalities impact|impact assessment|equality analysis)\b/,
    (l) =>
      /\bfull\b/.test(l)
        ? 'eiaFull'
        : /\bapprov\w*\s+by\b/.test(l)
          ? 'eiaApprovedBy'
          : /\bby\b/.test(l)
            ? 'eiaBy'
            : /\b(?:date|on|when|completed|carried out|undertaken)\b/.test(l)
              ? 'eiaDate'
              : 'eia',
  ],
  [
    /\b(?:cycle|frequency|interval|how often|review period|period of review|reviewed every)\b/,
    'cycle',
  ],
  [
    /\b(?:next|due|renewal|renew|expiry|expires|until|to be reviewed|will be reviewed|review by|review before)\b/,
    (l) => (/\b(?:review\w*|due|renew\w*|expir\w*|until|date)\b/.test(l) ? 'nextReview' : null),
  ],
  [
    /\b(?:last|previous|latest|most recent)\b.*\b(?:review\w*|updated|revised|revision|amended)\b/,
    'lastReview',
  ],
  [
    /\b(?:approv\w*|ratif\w*|adopt\w*|agreed|endors\w*|signed off|sign[- ]off|authori[sz]\w*)\b/,
    approvalKind,
  ],
  [
    /^(?:policy |document )?(?:reviewed|revised|updated|written|prepared|drafted|authored|checked) by$/,
    'reviewedBy',
  ],
  [
    /^(?:(?:date|when) )?(?:the |this )?(?:policy |document )?(?:was )?(?:reviewed|revised|updated|amended)(?: on| date)?$/,
    'lastReview',
  ],
  [
    /^(?:date )?(?:policy |document )?review(?:ed)? (?:completed|carried out|undertaken)(?: on)?$/,
    'lastReview',
  ],
  [/^(?:date of|date for) (?:the |this )?(?:policy |document )?review$/, 'dateOfReview'],
  [
    /\breview\b/,
    (l) =>
      /\b(?:date|on|when)\b/.test(l) || /^(?:policy |document )?review$/.test(l)
        ? 'reviewDate'
        : null,
  ],
  [
    /\bstatutory\b(?! guidance)|\brequired by law\b|\blegal requirement\b|^(?:policy )?(?:status|type|category)$|^type of policy$/,
    'statutory',
  ],
  [
    /^(?:(?:policy|document) (?:name|title)|title(?: of (?:the )?(?:policy|document))?|name of (?:the )?(?:policy|document)|policy)$/,
    'title',
  ],
  [/^(?:name of )?(?:the )?(?:school|academy|setting|school\/academy)(?: name)?$/, 'school'],
  [/^(?:name of )?(?:the )?(?:(?:multi[- ]?)?academy )?trust(?: name)?$|^mat(?: name)?$/, 'trust'],
  [
    /\b(?:legislation|legal (?:framework|basis)|statutory (?:guidance|framework|basis)|acts? and regulations|regulations)\b/,
    'legislation',
  ],
  [
    /\b(?:linked|related|associated|connected|see also|in conjunction|alongside|other relevant)\b/,
    'linked',
  ],
  [/^date$/, 'date'],
  [
    /^(?:(?:policy|document|version|issue) )?date$|^date (?:written|created|issued|of issue|produced|published|of policy|implemented|of implementation|of publication)$|^(?:written|created|issued|published|effective|implemented|produced|first issued)(?: on| date| from)?$|^(?:effective|implementation|publication) date$/,
    'documentDate',
  ],
  [
    /\b(?:signed|signature|head ?teacher|chair|director|governor|trustee|deputy|co-?ordinator|lead|manager|responsible|owner|author|slt|senco|dsl|clerk|principal|ceo|officer)\b/,
    'role',
  ],
  [/^(?:version(?: no| number)?|ref(?:erence)?|page|contents|status)$/, 'other'],
];

function approvalKind(l: string): LabelKind {
  if (/\b(?:date|on|when|meeting)\b/.test(l)) return 'approvedOn';
  if (/\b(?:by|body|level|authority|route|approver|who)\b/.test(l)) return 'approvedBy';
  return 'approval';
}

/** The lower-case form labels are classified in: no colon, brackets or extra spaces. */
export function normalizeLabel(label: string): string {
  return stripBullet(label)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\(s\)/g, 's')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s:?.\-–]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of a label, or null when the text is not a label we know. */
export function classifyLabel(label: string): LabelKind | null {
  const l = normalizeLabel(label);
  if (
    l.length === 0 ||
    l.length > 60 ||
    /\d/.test(l) ||
    l.split(' ').length > 8 ||
    NOT_A_LABEL.test(l)
  )
    return null;
  for (const [pattern, kind] of RULES) {
    if (!pattern.test(l)) continue;
    const decided = typeof kind === 'function' ? kind(l) : kind;
    if (decided) return decided;
  }
  return null;
}

/** Kinds whose values detection reads (the rest only help to recognise header rows). */
export const VALUE_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>([
  'title',
  'school',
  'trust',
  'lastReview',
  'nextReview',
  'reviewDate',
  'dateOfReview',
  'documentDate',
  'date',
  'approvedOn',
  'signatureDate',
  'approvedBy',
  'approval',
  'cycle',
  'statutory',
  'linked',
  'legislation',
  'eia',
  'eiaDate',
  'eiaFull',
]);

/** Kinds whose value is a date, so a label without a colon can be followed by one. */
export const DATE_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>([
  'lastReview',
  'nextReview',
  'reviewDate',
  'dateOfReview',
  'documentDate',
  'date',
  'approvedOn',
  'approval',
  'eiaDate',
  'signatureDate',
]);
