import { findDates } from './dates';
import type { LabelledValue } from './labelled-value';
import { classifyLabel } from './labels';
import { POLICY_WORDS, isBulletLine } from './text-lines';

export interface NameReading {
  value: string;
  index: number;
}

const HEADER_LINES = 40;
const SCHOOL_WORDS =
  'School|Academy|College|Federation|Nursery|Infants?|Juniors?|Primary|Secondary|Sixth Form';
const NAME_WORD =
  "(?:[A-Z][A-Za-z'’.&-]*|St\\.?|of|and|the|de|la|le|upon|on|in|&|C\\s?of\\s?E|CE|RC|VA|VC)";
const SCHOOL_LINE = new RegExp(
  `^(?:${NAME_WORD}\\s+){0,7}(?:${SCHOOL_WORDS}|${SCHOOL_WORDS.toUpperCase()})(?:\\s+(?:and|&)\\s+(?:Nursery|Sixth Form))?$`,
);
const TRUST_NAME =
  /((?:[A-Z][A-Za-z'’&-]*\s+(?:(?:of|and|&|for|in)\s+)?){1,6})(?:Trust|TRUST)\b(?!ee|EE|\s+BOARD|\s+(?:Board|board|ethos|Ethos|Members|members|Directors|directors|Scheme|scheme|Policy|policy|Office|office|Lead|lead|CEO|Executive|wide))/g;
const GENERIC_TRUST_WORDS = new Set([
  'the',
  'multi',
  'academy',
  'academies',
  'learning',
  'education',
  'educational',
  'schools',
  'school',
  'part',
  'our',
  'a',
  'this',
  'trust',
  'mat',
  'and',
  'of',
  'catholic',
  'church',
  'diocesan',
]);
const GENERIC_TITLES =
  /^(?:policy(?: document)?|contents|introduction|version control|document control|draft|statutory policy|non-statutory policy|school policy|trust policy|policies|page \d+.*|appendix.*)$/i;

/** "Policy Name:" or "Title:" near the top, else the first heading-like line, else such a label anywhere. */
export function readTitle(
  lines: readonly string[],
  labelled: readonly LabelledValue[],
  school: NameReading | null,
  trust: NameReading | null,
): NameReading | null {
  const labels = labelled.filter((pair) => pair.kind === 'title' && usableTitle(pair.value));
  const early = labels.find((pair) => pair.line <= HEADER_LINES);
  if (early) return { value: tidyTitle(early.value), index: early.line - 1 };
  const candidates: NameReading[] = [];
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index++) {
    const text = lines[index].trim();
    // Headings after the first paragraph of prose are section headings, not the title.
    if (text.split(/\s+/).length > 20 && !text.includes('\t')) break;
    if (!isHeadingLike(text, lines[index])) continue;
    if (school && text === lines[school.index].trim()) continue;
    if (trust && lines[index].includes(trust.value)) continue;
    if (SCHOOL_LINE.test(text)) continue;
    candidates.push({ value: tidyTitle(text), index });
  }
  // A heading that says what it is ("... Policy") beats a strap-line above it.
  const named = candidates.find((c) => POLICY_WORDS.test(c.value));
  const chosen = named ?? candidates[0];
  if (chosen) return chosen;
  const late = labels[0];
  return late ? { value: tidyTitle(late.value), index: late.line - 1 } : null;
}

function isHeadingLike(text: string, line: string): boolean {
  if (text === '' || text.includes('\t') || isBulletLine(line) || text.length > 100) return false;
  const wordCount = text.split(/\s+/).length;
  if (wordCount > 14 || !/[A-Za-z]{3}/.test(text) || /[.;,]$/.test(text) || /^\(.*\)$/.test(text))
    return false;
  if (/[@:]|www\.|https?:|\b(?:registered|company|limited|charity)\b/i.test(text)) return false;
  if (/^\d+(?:\.\d+)*\.?\s/.test(text) || GENERIC_TITLES.test(text)) return false;
  if (
    findDates(text).some(
      (date) => date.raw.length >= text.replace(/^(?:dated?|issued)\s+/i, '').length - 2,
    )
  )
    return false;
  return classifyLabel(text) === null;
}

function usableTitle(value: string): boolean {
  return (
    value.trim().length > 2 && !GENERIC_TITLES.test(value.trim()) && findDates(value).length === 0
  );
}

function tidyTitle(text: string): string {
  const title = text
    .replace(/\s+/g, ' ')
    .replace(/[\s:–-]+$/, '')
    .trim();
  return title === title.toUpperCase() && /[A-Z]{4}/.test(title) ? titleCase(title) : title;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'by',
]);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, n) =>
      n > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(
            /(^|-)([a-z])/g,
            (_, dash: string, letter: string) => dash + letter.toUpperCase(),
          ),
    )
    .join(' ')
    .replace(/\b(Ict|Send|Sen|Pshe|Rse|Dsl|Eyfs|Slt|Gdpr|Cctv|Ks[1-5]|It)\b/g, (m) =>
      m.toUpperCase(),
    );
}

/** "School: ..." or the school's name on a line of its own near the top (or repeated as a page header). */
export function readSchool(
  lines: readonly string[],
  labelled: readonly LabelledValue[],
): NameReading | null {
  const label = labelled.find((pair) => pair.kind === 'school' && pair.value.trim().length > 2);
  if (label) return { value: tidyName(label.value), index: label.line - 1 };
  for (let index = 0; index < lines.length; index++) {
    const text = tidyName(lines[index]);
    if (!SCHOOL_LINE.test(text) || /\bTrust\b/i.test(text) || !hasProperName(text)) continue;
    const repeats = lines.filter((line) => tidyName(line) === text).length;
    if (index < HEADER_LINES || repeats >= 3) return { value: tidyTitle(text), index };
  }
  return null;
}

/** "Trust: ..." or a proper name ending in "Trust" ("Part of the Impact Multi Academy Trust"). */
export function readTrust(
  lines: readonly string[],
  labelled: readonly LabelledValue[],
): NameReading | null {
  const label = labelled.find((pair) => pair.kind === 'trust' && pair.value.trim().length > 2);
  if (label) return { value: tidyName(label.value), index: label.line - 1 };
  for (let index = 0; index < lines.length; index++) {
    TRUST_NAME.lastIndex = 0;
    for (let m = TRUST_NAME.exec(lines[index]); m !== null; m = TRUST_NAME.exec(lines[index])) {
      const words = m[1].trim().split(/\s+/);
      while (words.length > 0 && /^(?:the|part|of|our|a|this|and|in|for)$/i.test(words[0]))
        words.shift();
      if (
        !words.some((word) => !GENERIC_TRUST_WORDS.has(word.toLowerCase()) && /^[A-Z]/.test(word))
      )
        continue;
      return { value: tidyTitle(tidyName(`${words.join(' ')} Trust`)), index };
    }
  }
  return null;
}

/** "The School" or "Our Primary School" is not a name; "Libra School" is. */
function hasProperName(text: string): boolean {
  const generic = new RegExp(`^(?:The|Our|This|Your|A|Whole|Each|Every|${SCHOOL_WORDS})$`, 'i');
  return text.split(' ').some((word) => /^[A-Z]/.test(word) && !generic.test(word));
}

function tidyName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s(]+|[\s),.:;]+$/g, '')
    .trim();
}
