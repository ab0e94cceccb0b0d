import type { LabelledValue } from './labelled-value';
import { normalizeLabel } from './labels';
import { Paragraph, lineAt } from './text-lines';
import { readYesNo } from './yes-no';

export interface StatutoryReading {
  value: boolean;
  index: number;
}

const SENTENCES: Array<[RegExp, boolean]> = [
  [
    /\b(?:this|the) (?:policy|document) is (?:a )?(?:non-statutory|not (?:a )?statutory)\b|\bthis is (?:a )?non-statutory policy\b|\bthis is not a statutory policy\b/i,
    false,
  ],
  [
    /\b(?:this|the) (?:policy|document) is (?:a )?statutory(?: policy| requirement)?\b|\b(?:this|it) is a statutory (?:policy|requirement)\b|\bis a statutory policy\b/i,
    true,
  ],
];

/** "Statutory Policy: No", "Status: Non-statutory", "☒ Yes ☐ No", or "This is a statutory policy". */
export function readStatutory(
  labelled: readonly LabelledValue[],
  paragraphs: readonly Paragraph[],
): StatutoryReading | null {
  for (const pair of labelled) {
    if (pair.kind !== 'statutory') continue;
    // "Status: Draft" or "Category: Safeguarding" say nothing about being statutory.
    const namesStatutory = /statutory|law|legal/.test(normalizeLabel(pair.label));
    if (!namesStatutory && !/statutory/i.test(pair.value)) continue;
    const value = /non-?statutory|not statutory/i.test(pair.value) ? false : readYesNo(pair.value);
    if (value !== null) return { value, index: pair.line - 1 };
  }
  for (const paragraph of paragraphs) {
    for (const [pattern, value] of SENTENCES) {
      const m = pattern.exec(paragraph.text);
      if (m) return { value, index: lineAt(paragraph, m.index) };
    }
  }
  return null;
}
