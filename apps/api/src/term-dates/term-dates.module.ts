import { Module } from '@nestjs/common';
import { SetTermDatesHandler } from './commands/set-term-dates';
import { TermDatesController } from './term-dates.controller';
import { TrustCalendars } from './trust-calendars';

/** A trust's own term dates (`termdates-{trustId}`) and the calendar built from them. */
@Module({
  controllers: [TermDatesController],
  providers: [TrustCalendars, SetTermDatesHandler],
  exports: [TrustCalendars],
})
export class TermDatesModule {}
