/**
 * The English number words policies and people write for counts of months and years ("every
 * two years", "eighteen months"), with their values. The one list for the domain's review-cycle
 * parser and for the document importer, so both read the same words.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
  'thirty-six': 36,
});

/** Tens and units may be joined by a hyphen, a space or nothing: "twenty-four", "twenty four", "twentyfour". */
const SPELLINGS = ['-', ' ', ''];
const BY_SPELLING = new Map(
  Object.entries(NUMBER_WORDS).flatMap(([word, value]) =>
    SPELLINGS.map((join) => [word.replace('-', join), value] as const),
  ),
);

/** The value of a number word as written, in any case ("Two", "twenty four"), or null. */
export function numberWordValue(written: string): number | null {
  return BY_SPELLING.get(written.toLowerCase()) ?? null;
}

/** The word for a value that has one ("two" for 2), or null. */
export function numberWord(value: number): string | null {
  return Object.keys(NUMBER_WORDS).find((word) => NUMBER_WORDS[word] === value) ?? null;
}

/**
 * A regular-expression alternation (no group) matching any number word as `numberWordValue`
 * reads it; longest first, so "eighteen" is not read as "eight".
 */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/-/g, '[- ]?'))
  .join('|');
