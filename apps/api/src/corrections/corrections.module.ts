import { Module } from '@nestjs/common';
import { ReadApiModule } from '../read-api/read-api.module';
import { WithdrawEntryHandler } from './commands/withdraw-entry';
import { CorrectionsController } from './corrections.controller';

/** Withdrawing entries recorded by mistake. */
@Module({
  imports: [ReadApiModule],
  controllers: [CorrectionsController],
  providers: [WithdrawEntryHandler],
})
export class CorrectionsModule {}
