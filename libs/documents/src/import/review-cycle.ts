import { NUMBER_WORD_PATTERN, numberWord, numberWordValue } from '@governance/domain/shared/number-words';
import { monthsBetween } from './dates';
import { Found } from './found';
import type { LabelledValue } from './labelled-value';
import type { LabelKind } from './labels';
import { POLICY_WORDS, Paragraph, lineAt, sentences } from './text-lines';
import { PartialDate } from './types';

export interface CyclePhrase {
  months: number;
  raw: string;
  index: number;
  /** "Bi-annually": every two years as English schools mostly use it, twice a year strictly. */
  ambiguous: boolean;
}

const NUMBER = `(\\d{1,2}|${NUMBER_WORD_PATTERN})`;

type Months = number | ((m: RegExpExecArray) => number);

/** How policies state a review cycle, with its length in months. */
const PHRASES: Array<{ pattern: RegExp; months: Months; ambiguous?: true }> = [
  { pattern: /\bbi-?enn?ial(?:ly)?\b/gi, months: 24 },
  { pattern: /\b(?:bi-?annual(?:ly)?|bi-?yearly)\b/gi, months: 24, ambiguous: true },
  {
    pattern:
      /\b(?:semi-?annual(?:ly)?|half-?yearly|twice (?:a|per|each) year|six-?monthly|6-?monthly)\b/gi,
    months: 6,
  },
  { pattern: /\btri-?enn?ial(?:ly)?\b/gi, months: 36 },
  { pattern: /\bquadrennial(?:ly)?\b/gi, months: 48 },
  {
    pattern:
      /\b(?:termly|(?:every|each|once a|once per) term|(?:three|3) times (?:a|per|each) year)\b/gi,
    months: 4,
  },
  { pattern: /\bquarterly\b/gi, months: 3 },
  { pattern: /(?<![-\w])monthly\b/gi, months: 1 },
  {
    pattern: new RegExp(
      `\\b(?:every|each|once every|once in)\\s+${NUMBER}\\s+(years?|yrs?|months?)\\b`,
      'gi',
    ),
    months: (m) => count(m[1]) * (/^m/i.test(m[2]) ? 1 : 12),
  },
  {
    pattern: new RegExp(`\\b${NUMBER}[- ]?(?:yearly|years?|yrs?)\\b(?![- ]old)`, 'gi'),
    months: (m) => count(m[1]) * 12,
  },
  {
    pattern: new RegExp(`\\b${NUMBER}[- ]?(?:monthly|months?)\\b`, 'gi'),
    months: (m) => count(m[1]),
  },
  { pattern: /\b(?:every|each|once a|once per) year\b/gi, months: 12 },
  { pattern: /(?<![-\w])(?:annual(?:ly)?|yearly|per annum)\b/gi, months: 12 },
];

/** The first review-cycle phrase in `text` (the longest where phrases overlap), or null. */
export function findCyclePhrase(text: string): CyclePhrase | null {
  const found: CyclePhrase[] = [];
  for (const { pattern, months, ambiguous } of PHRASES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = typeof months === 'number' ? months : months(m);
      if (value >= 1 && value <= 60)
        found.push({ months: value, raw: m[0], index: m.index, ambiguous: ambiguous === true });
    }
  }
  found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  return found[0] ?? null;
}

export interface CycleResolution {
  months: number | null;
  warnings: string[];
}

/**
 * Settles the review cycle from what the document states and its last/next review dates:
 * the dates decide what "bi-annually" means, fill in a cycle that is not stated, and are
 * reported when they disagree with the stated cycle.
 */
export function resolveCycle(
  stated: CyclePhrase | null,
  last: PartialDate | null,
  next: PartialDate | null,
): CycleResolution {
  const gap = last !== null && next !== null ? monthsBetween(last, next) : null;
  if (stated) {
    const phrase = stated.raw.toLowerCase();
    if (stated.ambiguous) {
      if (gap !== null && near(gap, 6)) {
        return {
          months: 6,
          warnings: [
            `${phrase} read as every 6 months because the next review is ${describe(gap)} after the last`,
          ],
        };
      }
      const why =
        gap !== null && near(gap, 24)
          ? `because the next review is ${describe(gap)} after the last`
          : 'as English schools usually use it (twice a year would be 6 months); please check';
      return { months: 24, warnings: [`${phrase} read as every 24 months ${why}`] };
    }
    if (gap !== null && gap > 0 && !near(gap, stated.months)) {
      return {
        months: stated.months,
        warnings: [
          `the policy says it is reviewed ${phrase} (every ${stated.months} months), but its next review (${next}) is ${describe(gap)} after the last (${last})`,
        ],
      };
    }
    return { months: stated.months, warnings: [] };
  }
  if (gap === null) return { months: null, warnings: [] };
  if (gap <= 0) return { months: null, warnings: [] };
  const months = snap(gap);
  return {
    months,
    warnings: [
      `review cycle not stated; read as every ${months} months because the next review (${next}) is ${describe(gap)} after the last (${last})`,
    ],
  };
}

const USUAL_CYCLES = [3, 4, 6, 12, 24, 36, 48, 60];

/** The usual cycle a gap between two review dates stands for (dates are often a month off). */
export function snap(gap: number): number {
  return USUAL_CYCLES.find((cycle) => near(gap, cycle)) ?? Math.min(Math.max(gap, 1), 60);
}

function near(gap: number, cycle: number): boolean {
  return Math.abs(gap - cycle) <= Math.max(1, Math.round(cycle / 6));
}

function describe(months: number): string {
  const years = Math.round(months / 12);
  if (months >= 11 && Math.abs(months - years * 12) <= 1 && years <= 5)
    return `${numberWord(years)} year${years > 1 ? 's' : ''}`;
  return `${months} months`;
}

function count(token: string): number {
  return numberWordValue(token) ?? Number(token);
}

/** The review cycle the document states: a cycle label, a review label holding a cycle, or a sentence about reviewing the policy. */
export function statedCycle(
  labelled: readonly LabelledValue[],
  paragraphs: readonly Paragraph[],
): Found<CyclePhrase> | null {
  const reviewKinds: LabelKind[] = [
    'cycle',
    'nextReview',
    'reviewDate',
    'dateOfReview',
    'lastReview',
  ];
  for (const kinds of [['cycle'], reviewKinds]) {
    for (const pair of labelled) {
      const phrase = kinds.includes(pair.kind) ? findCyclePhrase(pair.value) : null;
      if (phrase) return { value: phrase, index: pair.line - 1 };
    }
  }
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph.text)) {
      if (!/\breview(?:ed|s)?\b|\brevis(?:ed|ion)\b|\brenew(?:ed|al)?\b/i.test(sentence.text))
        continue;
      if (!POLICY_WORDS.test(sentence.text)) continue;
      const phrase = findCyclePhrase(sentence.text);
      if (phrase)
        return { value: phrase, index: lineAt(paragraph, sentence.offset + phrase.index) };
    }
  }
  return null;
}
