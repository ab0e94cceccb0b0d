import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { PeopleModule } from '../people/people.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { TrustsModule } from '../trusts/trusts.module';
import { ChangeReminderSettingsHandler } from './commands/change-reminder-settings';
import { RunReviewScanHandler } from './commands/run-review-scan';
import { ReminderPlanner } from './reminder-planner';
import { RecordReminders } from './records-reminders';
import { RemindersController } from './reminders.controller';
import { ResponsiblePeople } from './responsible-people';
import { ReviewScanController } from './review-scan.controller';
import { ReviewScanScheduler } from './review-scan.scheduler';
import { ReviewScanService } from './review-scan.service';
import { ScanCandidates } from './scan-candidates';
import { ScanRuns } from './scan-runs';
import { MeetingReminderPlanner } from './meeting-reminder-planner';
import { PapersReminderPlanner } from './papers-reminder-planner';
import { MeetingReader } from '../meetings/meeting-reader';
import { StreamReaders } from './stream-readers';
import { ReadingModule } from '../reading/reading.module';
import { AcknowledgementReminderPlanner } from './acknowledgement-reminder-planner';

/** The review scan (daily and on demand), reminder settings and the reminder outbox's sending. */
@Module({
  imports: [ReadApiModule, TrustsModule, PeopleModule, TermDatesModule, AppointmentsModule, ReadingModule],
  controllers: [ReviewScanController, RemindersController],
  providers: [
    StreamReaders,
    ScanCandidates,
    ScanRuns,
    ResponsiblePeople,
    ReminderPlanner,
    RecordReminders,
    MeetingReminderPlanner,
    PapersReminderPlanner,
    AcknowledgementReminderPlanner,
    MeetingReader,
    ReviewScanService,
    ReviewScanScheduler,
    ChangeReminderSettingsHandler,
    RunReviewScanHandler,
  ],
  exports: [ReviewScanService, StreamReaders],
})
export class ReviewScanModule {}
