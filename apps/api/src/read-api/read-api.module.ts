import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ComplianceController } from './compliance.controller';
import { readModelQueryProviders } from './read-models.providers';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { CalendarAt } from '../minutes/calendar-at';
import { KnownAtReadModels } from './known-at';
import { ComplianceAcknowledgements } from './compliance-acknowledgements';
import { ReadingModule } from '../reading/reading.module';

/** The query routes over the read models: compliance, registers, audit trail. */
@Module({
  imports: [TermDatesModule, ReadingModule],
  controllers: [ComplianceController, AuditController],
  providers: [...readModelQueryProviders, CalendarAt, KnownAtReadModels, ComplianceAcknowledgements],
  exports: [...readModelQueryProviders],
})
export class ReadApiModule {}
