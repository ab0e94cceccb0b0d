import { Module } from '@nestjs/common';
import { PersonNames } from '../minutes/person-names';
import { ReadApiModule } from '../read-api/read-api.module';
import { TamperEvidenceModule } from '../tamper-evidence/tamper-evidence.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { RecordEvidencePackHandler } from './commands/record-evidence-pack';
import { EvidencePackBuilder } from './evidence-pack.builder';
import { EvidencePackController } from './evidence-pack.controller';

/** A school's evidence pack for an inspection or an audit (a sealed zip), and its record in the log. */
@Module({
  imports: [ReadApiModule, TermDatesModule, TamperEvidenceModule],
  controllers: [EvidencePackController],
  providers: [EvidencePackBuilder, PersonNames, RecordEvidencePackHandler],
})
export class EvidencePackModule {}
