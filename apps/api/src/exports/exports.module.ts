import { Module } from '@nestjs/common';
import { ReadApiModule } from '../read-api/read-api.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { ExportsController } from './exports.controller';

/** CSV exports of the register and the compliance dashboard. */
@Module({
  imports: [ReadApiModule, TermDatesModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
