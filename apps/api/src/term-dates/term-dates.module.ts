import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { refuseConstructorKey } from '../review-scan/refuse-constructor-key.middleware';
import { SetTermDatesHandler } from './commands/set-term-dates';
import { TermDatesController } from './term-dates.controller';
import { TrustCalendars } from './trust-calendars';

/** A trust's own term dates (`termdates-{trustId}`) and the calendar built from them. */
@Module({
  controllers: [TermDatesController],
  providers: [TrustCalendars, SetTermDatesHandler],
  exports: [TrustCalendars],
})
export class TermDatesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseConstructorKey).forRoutes({ path: 'trusts/:trustId/term-dates', method: RequestMethod.PUT });
  }
}
