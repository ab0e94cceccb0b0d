import { InvalidValueError } from '../shared/domain-error';
import { requireInteger } from '../input';

/**
 * What the headteacher of the Libra sample monitors the number of, as category keys a termly
 * report can count. A school may count other categories too: any name is accepted.
 */
export const monitoredIncidentCategories: readonly { key: string; label: string }[] = [
  { key: 'allegations-about-staff', label: 'Allegations made about school staff' },
  { key: 'allegations-about-pupils', label: 'Allegations made about pupils' },
  { key: 'complaints-about-school', label: 'Complaints made about the school' },
  { key: 'complaints-about-staff', label: 'Complaints made about school staff' },
  {
    key: 'defamatory-statements-about-school',
    label: 'Defamatory statements made about the school',
  },
  {
    key: 'defamatory-statements-about-staff',
    label: 'Defamatory statements made about school staff',
  },
  {
    key: 'offensive-comments-about-staff',
    label: 'Negative or offensive comments made about school staff',
  },
  {
    key: 'offensive-comments-about-pupils',
    label: 'Negative or offensive comments made about pupils',
  },
  { key: 'racist-or-homophobic-comments', label: 'Racist or homophobic comments' },
  { key: 'threats-of-violence', label: 'Comments which threaten violence' },
  {
    key: 'unauthorised-images-of-staff',
    label: 'Unauthorised photographic images of staff posted online',
  },
  { key: 'prejudice-related', label: 'Prejudice related incidents' },
  { key: 'e-safety', label: 'e-Safety incidents' },
];

/** Incident counts by category: `{category: count}`, each count a whole number of at least 0. */
export type IncidentCounts = Record<string, number>;

/** Reads incident counts; absent means none counted (`{}`). Category names are trimmed and must differ. */
export function parseIncidentCounts(input: unknown, field = 'incidents'): IncidentCounts {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidValueError(
      field,
      `${field} must map each category to a count, e.g. {"e-safety": 2}.`,
    );
  }
  const counts: IncidentCounts = {};
  for (const [rawCategory, count] of Object.entries(input as Record<string, unknown>)) {
    const category = rawCategory.trim();
    if (category === '' || category.length > 100) {
      throw new InvalidValueError(
        field,
        `${field} category names must be 1 to 100 characters long.`,
      );
    }
    if (Object.hasOwn(counts, category)) {
      throw new InvalidValueError(`${field}.${category}`, `${field} counts “${category}” twice.`);
    }
    counts[category] = requireInteger(count, `${field}.${category}`, 0);
  }
  return counts;
}
