import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { ComplianceController } from './compliance.controller';
import { readModelQueryProviders } from './read-models.providers';

/** The query routes over the read models: compliance, registers, audit trail. */
@Module({
  controllers: [ComplianceController, AuditController],
  providers: [...readModelQueryProviders],
  exports: [...readModelQueryProviders],
})
export class ReadApiModule {}
