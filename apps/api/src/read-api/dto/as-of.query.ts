import { ApiPropertyOptional } from '@nestjs/swagger';
import { isLocalDate } from '@governance/domain';
import { IsOptional, Matches, ValidateBy } from 'class-validator';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day that exists: 2026-02-30 is refused here, naming `asOf`, rather than deep in a query
 * that only knows it as "date". A value of the wrong shape is left to the pattern's message.
 */
const IsCalendarDay = () =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || !DATE_PATTERN.test(value) || isLocalDate(value),
      defaultMessage: (args) => `${args?.property} must be a real calendar date; ${String(args?.value)} does not exist`,
    },
  });

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'The day to assess, YYYY-MM-DD (default: today)', example: '2026-11-24' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'asOf must be a date written YYYY-MM-DD' })
  @IsCalendarDay()
  asOf?: string;
}
