import { DomainError } from '../shared/domain-error';
import { LocalDate } from '../time/local-date';

/**
 * What an imported policy document must say (or the person checking it must add) before it can
 * be recorded: a title, and a date its review cycle starts from.
 */

export function requireImportTitle(title: string | null | undefined): string {
  if (!title) throw new DomainError('import-needs-title', 'The document does not say its title: enter one before importing it.');
  return title;
}

/**
 * The cycle starts on the earlier of the approval and the last review, and was last reviewed
 * on the later; one of them is needed.
 */
export function importCycleDates(approvedOn: LocalDate | null, lastReviewedOn: LocalDate | null): { startedOn: LocalDate; reviewedOn: LocalDate } {
  const days = [approvedOn, lastReviewedOn].filter((day): day is LocalDate => day !== null).sort();
  if (days.length === 0) {
    throw new DomainError(
      'import-needs-date',
      'The document gives no date of approval or last review, so its review cycle cannot start: enter the date it was last reviewed.',
    );
  }
  return { startedOn: days[0], reviewedOn: days[days.length - 1] };
}
