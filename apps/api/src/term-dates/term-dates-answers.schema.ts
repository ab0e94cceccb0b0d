import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { TermDates, TermId } from '@governance/domain';

/** GET /api/trusts/{trustId}/term-dates. */
export interface TermDatesView {
  /** The terms the trust set itself. */
  overrides: TermDates[];
  /** The six terms of this academic year and the next, as the trust's calendar has them. */
  terms: (TermDates & { overridden: boolean })[];
}

@ApiSchema({ name: 'TermDates' })
export class TermDatesSchema implements TermDates {
  @ApiProperty({ example: '2027-spring' }) term!: TermId;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
}

@ApiSchema({ name: 'CalendarTerm' })
class CalendarTermSchema extends TermDatesSchema {
  @ApiProperty({ description: 'True when the trust set these dates itself.' }) overridden!: boolean;
}

@ApiSchema({ name: 'TermDatesView' })
export class TermDatesViewSchema implements TermDatesView {
  @ApiProperty({ type: [TermDatesSchema], description: 'The terms the trust set itself.' }) overrides!: TermDatesSchema[];
  @ApiProperty({ type: [CalendarTermSchema], description: "The six terms of this academic year and the next, as the trust's calendar has them." })
  terms!: CalendarTermSchema[];
}
