import { InvalidValueError } from '../shared/domain-error';
import { LocalDate } from '../time/local-date';

/** An academic year: 1 September to 31 August, labelled `2026-27`. */
export interface AcademicYear {
  label: string;
  from: LocalDate;
  to: LocalDate;
}

function yearStarting(start: number): AcademicYear {
  return { label: `${start}-${String((start + 1) % 100).padStart(2, '0')}`, from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** The academic year `2026-27` (or `2026`) names; without one, the year `today` falls in. */
export function academicYearOf(input: string | undefined, today: LocalDate): AcademicYear {
  if (input === undefined) {
    const [year, month] = today.split('-').map(Number);
    return yearStarting(month >= 9 ? year : year - 1);
  }
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(input);
  const start = match ? Number(match[1]) : NaN;
  if (!match || (match[2] !== undefined && Number(match[2]) !== (start + 1) % 100)) {
    throw new InvalidValueError('year', `year must be an academic year such as 2026-27 (two consecutive years); ${input} is not one.`);
  }
  return yearStarting(start);
}
