import { firstDate, FoundDate } from './dates';
import type { LabelledValue } from './labelled-value';
import { Paragraph, lineAt } from './text-lines';
import { readYesNo } from './yes-no';

export interface EiaReading {
  /** 0-based line of the first sign that the assessment itself is in the document. */
  present: number | null;
  completedOn: { date: FoundDate; index: number } | null;
  fullAssessmentRequired: { value: boolean; index: number } | null;
  /** The document says an assessment was done but does not include it. */
  claimedOnly: number | null;
}

/** Lines that only a completed assessment form (or its conclusion) contains. */
const FORM_SIGNS = [
  /^\s*(?:initial|preliminary|screening)\s+(?:equality|equalities)\s+(?:impact\s+)?(?:assessment|analysis)\b(?!\s+once)/i,
  /^\s*(?:equality|equalities)\s+(?:impact\s+)?(?:assessment|analysis)\s*(?:\((?:eia|ea)\)\s*)?(?:form|record|screening|template|checklist)\s*:?\s*$/i,
  /\bnegative impact on any of the following\b/i,
  /\b(?:EIA|impact assessment|equality analysis)\s+(?:completed|carried out|undertaken)\s+by\b/i,
  /\bfull\b.{0,40}\b(?:assessment|EIA|analysis)\b.{0,20}\b(?:required|needed|necessary)\b/i,
];
const CLAIM =
  /\b(?:equality impact assess(?:ment|ed)|EIA|equality analysis)\b[^.]*\b(?:has been|have been|was|were|been)\s+(?:undertaken|carried out|completed|done|assessed)|\bhas been equality impact assessed\b/i;

/** Whether the initial Equality Impact Assessment is in the document, when it was done, and its conclusion. */
export function readEia(
  lines: readonly string[],
  paragraphs: readonly Paragraph[],
  labelled: readonly LabelledValue[],
): EiaReading {
  let present: number | null = null;
  let completedOn: EiaReading['completedOn'] = null;
  let full: EiaReading['fullAssessmentRequired'] = null;

  for (const pair of labelled) {
    const index = pair.line - 1;
    if (pair.kind === 'eiaDate' || pair.kind === 'eia') {
      const date = firstDate(pair.value);
      if (date && !completedOn) completedOn = { date, index };
      if (pair.kind === 'eia' && !date && readYesNo(pair.value) === false) continue;
      present ??= index;
    }
    if (pair.kind === 'eiaFull') {
      const value = readYesNo(pair.value);
      if (value !== null && !full) full = { value, index };
      present ??= index;
    }
  }
  lines.forEach((line, index) => {
    if (FORM_SIGNS.some((sign) => sign.test(line)) && (present === null || index < present))
      present = index;
  });
  for (const paragraph of paragraphs) {
    full ??= fullAssessment(paragraph);
    completedOn ??= completedInProse(paragraph);
  }
  let claimedOnly: number | null = null;
  if (present === null) {
    const claim = paragraphs.find((paragraph) => CLAIM.test(paragraph.text));
    if (claim) claimedOnly = lineAt(claim, CLAIM.exec(claim.text)?.index ?? 0);
  }
  return {
    present,
    completedOn: present === null ? null : completedOn,
    fullAssessmentRequired: full,
    claimedOnly,
  };
}

/** "a full assessment is not required", "no full EIA is needed", "a full EIA is required". */
function fullAssessment(paragraph: Paragraph): EiaReading['fullAssessmentRequired'] {
  const m =
    /\b(no\s+|not\s+(?:need|require)\s+a\s+)?full\s+(?:equality\s+)?(?:impact\s+)?(?:assessment|EIA|analysis)\b(?:\s+(?:is|was|will be|are))?\s+(not\s+)?(?:required|needed|necessary)/i.exec(
      paragraph.text,
    );
  if (m) return { value: !(m[1] || m[2]), index: lineAt(paragraph, m.index) };
  const needs =
    /\b(does not|doesn't|do not|did not) (?:require|need) a full\b|\b(requires|needs) a full (?:equality )?(?:impact )?(?:assessment|EIA)\b/i.exec(
      paragraph.text,
    );
  return needs ? { value: Boolean(needs[2]), index: lineAt(paragraph, needs.index) } : null;
}

/** "The initial EIA was completed on 12 May 2023." */
function completedInProse(paragraph: Paragraph): EiaReading['completedOn'] {
  const m =
    /\b(?:EIA|impact assessment|equality analysis)\b[^.]{0,60}?\b(?:completed|carried out|undertaken|done)\b/i.exec(
      paragraph.text,
    );
  if (!m) return null;
  const rest = paragraph.text.slice(m.index + m[0].length).split(/\.(?:\s|$)/)[0];
  const date = firstDate(rest);
  return date ? { date, index: lineAt(paragraph, m.index + m[0].length + date.index) } : null;
}
