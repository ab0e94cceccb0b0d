import { Module } from '@nestjs/common';
import { TrustCalendarReader } from '../minutes/trust-calendar';
import { ReadApiModule } from '../read-api/read-api.module';
import { ExportsController } from './exports.controller';

/** CSV exports of the register and the compliance dashboard. */
@Module({
  imports: [ReadApiModule],
  controllers: [ExportsController],
  providers: [TrustCalendarReader],
})
export class ExportsModule {}
