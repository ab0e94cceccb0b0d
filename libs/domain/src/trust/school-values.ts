import { InvalidValueError } from '../shared/domain-error';

/**
 * Phases of education as schools describe themselves (after the DfE's "phase of education"),
 * as the HTTP contract names them. SchoolAdded events stored before version 2 may say `16-plus`
 * or `middle`: see school-added-upcast.ts.
 */
export const SCHOOL_PHASES = [
  'nursery',
  'primary',
  'secondary',
  'all-through',
  'special',
  'alternative-provision',
  'sixteen-plus',
] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

export const NAME_MAX_LENGTH = 200;

/** A trust's or school's name, trimmed with inner runs of spaces collapsed. */
export function organisationName(raw: string, field = 'name'): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') throw new InvalidValueError(field, `${field} must not be empty`);
  if (name.length > NAME_MAX_LENGTH) {
    throw new InvalidValueError(
      field,
      `${field} must be at most ${NAME_MAX_LENGTH} characters long`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new InvalidValueError(field, `${field} must not contain control characters`);
  return name;
}

/** The DfE's Unique Reference Number: six digits (get-information-schools.service.gov.uk). */
export function schoolUrn(raw: string, field = 'urn'): string {
  const urn = raw.trim();
  if (!/^\d{6}$/.test(urn))
    throw new InvalidValueError(field, `${field} must be the school's six-digit URN, e.g. 137512`);
  return urn;
}

export function isSchoolPhase(value: string): value is SchoolPhase {
  return (SCHOOL_PHASES as readonly string[]).includes(value);
}

export function schoolPhase(raw: string, field = 'phase'): SchoolPhase {
  if (!isSchoolPhase(raw))
    throw new InvalidValueError(field, `${field} must be one of ${SCHOOL_PHASES.join(', ')}`);
  return raw;
}
