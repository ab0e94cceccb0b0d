import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CalendarModule } from '../calendar/calendar.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { NotificationsStoreModule } from './notifications-store.module';
import { ReviewScanModule } from './review-scan.module';

/** Review cycles in time: the daily scan and reminders, the calendar feed, a trust's term dates. */
@Module({
  imports: [ScheduleModule.forRoot(), NotificationsStoreModule, TermDatesModule, ReviewScanModule, CalendarModule],
})
export class ReviewCyclesModule {}
