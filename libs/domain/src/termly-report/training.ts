import { InvalidValueError } from '../shared/domain-error';
import { textList } from '../input';

/**
 * Training delivered in the term, as a list, or as text with one item a line (bullets such
 * as "-", "*" or "•" are dropped). Absent means none: `[]`.
 */
export function parseTraining(input: unknown, field = 'training'): string[] {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') {
    const lines = input
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*[-*•▪]\s*/, '').trim())
      .filter((line) => line !== '');
    return textList(lines, field, { max: 1000 });
  }
  if (Array.isArray(input)) return textList(input, field, { max: 1000 });
  throw new InvalidValueError(
    field,
    `${field} must be a list of training delivered, or text with one item a line.`,
  );
}
