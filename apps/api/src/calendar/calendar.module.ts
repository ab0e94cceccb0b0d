import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { AuthModule } from '../auth/auth.module';
import { InterestsTrainingModule } from '../interests-training/interests-training.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { TrustsModule } from '../trusts/trusts.module';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { CalendarScope } from './calendar-scope';
import { CreateCalendarFeedHandler } from './commands/create-calendar-feed';
import { RevokeCalendarFeedHandler } from './commands/revoke-calendar-feed';
import { FeedTokenMiddleware } from './feed-token.middleware';

/** The iCalendar feed of review due dates, and the feed tokens calendar apps use to fetch it. */
@Module({
  imports: [AuthModule, ReadApiModule, TrustsModule, TermDatesModule, AppointmentsModule, InterestsTrainingModule],
  controllers: [CalendarController],
  providers: [CalendarFeedService, CalendarScope, CreateCalendarFeedHandler, RevokeCalendarFeedHandler, FeedTokenMiddleware],
})
export class CalendarModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FeedTokenMiddleware).forRoutes({ path: 'trusts/:trustId/calendar.ics', method: RequestMethod.GET });
  }
}
