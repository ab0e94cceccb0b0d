import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ComplianceController } from './compliance.controller';
import { readModelQueryProviders } from './read-models.providers';
import { TermDatesModule } from '../term-dates/term-dates.module';

/** The query routes over the read models: compliance, registers, audit trail. */
@Module({
  imports: [TermDatesModule],
  controllers: [ComplianceController, AuditController],
  providers: [...readModelQueryProviders],
  exports: [...readModelQueryProviders],
})
export class ReadApiModule {}
