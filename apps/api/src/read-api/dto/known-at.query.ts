import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { isLocalDate } from '@governance/domain';
import { AsOfQuery } from './as-of.query';

const POSITION = /^\d{1,20}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A log position (a whole number) or an ISO instant with its offset, on a day that exists (Date.parse rolls 30 February over). */
export function isKnownAt(value: unknown): value is string {
  return typeof value === 'string' && (POSITION.test(value) || (INSTANT.test(value) && isLocalDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value))));
}

export const KNOWN_AT_MESSAGE = 'knownAt must be a log position (a whole number) or an instant such as 2026-11-24T09:00:00Z';

export const IsKnownAt = () =>
  ValidateBy({ name: 'isKnownAt', validator: { validate: (value: unknown) => isKnownAt(value), defaultMessage: () => KNOWN_AT_MESSAGE } });

export const KNOWN_AT_DESCRIPTION =
  'Answer from the log as it stood then: a log position (as a write returns) or an ISO instant (the last position recorded by then; an instant in the future means now). A position beyond the newest is refused.';

export class KnownAtQuery extends AsOfQuery {
  @ApiPropertyOptional({ description: KNOWN_AT_DESCRIPTION, example: '2026-11-24T18:00:00Z' })
  @IsOptional()
  @IsKnownAt()
  knownAt?: string;
}
