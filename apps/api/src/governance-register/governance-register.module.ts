import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { InterestsTrainingModule } from '../interests-training/interests-training.module';
import { PeopleModule } from '../people/people.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TrustsModule } from '../trusts/trusts.module';
import { GovernanceRegisterController } from './governance-register.controller';
import { GovernanceRegisterQuery } from './queries/governance-register';

/** The governance register a trust publishes: appointments, interests and attendance, per body. */
@Module({
  imports: [AppointmentsModule, InterestsTrainingModule, PeopleModule, ReadApiModule, TrustsModule],
  controllers: [GovernanceRegisterController],
  providers: [GovernanceRegisterQuery],
})
export class GovernanceRegisterModule {}
