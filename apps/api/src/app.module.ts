import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';
import { DirectoryModule } from './directory/directory.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthController } from './health/health.controller';
import { PeopleModule } from './people/people.module';
import { PoliciesModule } from './policies/policies.module';
import { GovernanceModule } from './governance/governance.module';
import { MeetingsModule } from './meetings/meetings.module';
import { CorrectionsModule } from './corrections/corrections.module';
import { DemoModule } from './demo/demo.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { MinutesModule } from './minutes/minutes.module';
import { EvidencePackModule } from './evidence-pack/evidence-pack.module';
import { PolicyImportsModule } from './policy-imports/policy-imports.module';
import { StaffImportsModule } from './staff-imports/staff-imports.module';
import { ProjectionsModule } from './projections/projections.module';
import { ReadApiModule } from './read-api/read-api.module';
import { ReviewCyclesModule } from './review-scan/review-cycles.module';
import { TamperEvidenceModule } from './tamper-evidence/tamper-evidence.module';
import { TrustsModule } from './trusts/trusts.module';
import { PolicyOwnersModule } from './policy-owners/policy-owners.module';
import { ActionsModule } from './actions/actions.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { InterestsTrainingModule } from './interests-training/interests-training.module';
import { GovernanceRegisterModule } from './governance-register/governance-register.module';
import { ReadingModule } from './reading/reading.module';
import { AcknowledgeModule } from './acknowledgements/acknowledge.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), EventStoreModule, ProjectionsModule, IdempotencyModule, CqrsModule.forRoot(), DirectoryModule, TrustsModule, PeopleModule, AuthModule, ReadApiModule, TamperEvidenceModule, PolicyImportsModule, MinutesModule, EvidencePackModule, PoliciesModule, GovernanceModule, MeetingsModule, PolicyOwnersModule, ActionsModule, AppointmentsModule, InterestsTrainingModule, GovernanceRegisterModule, ReadingModule, AcknowledgeModule, CorrectionsModule, DemoModule, ReviewCyclesModule, StaffImportsModule],
      controllers: [HealthController],
    };
  }
}
