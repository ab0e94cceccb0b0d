import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { TrustsModule } from '../trusts/trusts.module';
import { ChangeLinkGovernanceHandler } from './commands/change-link-governance';
import { SubmitTermlyReportHandler } from './commands/submit-termly-report';
import { GovernanceChecks } from './governance-checks';
import { GovernanceController } from './governance.controller';
import { LinkGovernorCandidatesQuery } from './queries/link-governor-candidates';
import { LinkGovernorsReader } from './link-governors.reader';
import { VisitActionsOwner } from './visit-actions-owner';

/** Link governors, their visits and reports, and the headteacher's termly reports. */
@Module({
  imports: [PeopleModule, PoliciesModule, TrustsModule],
  controllers: [GovernanceController],
  providers: [GovernanceChecks, LinkGovernorsReader, LinkGovernorCandidatesQuery, ChangeLinkGovernanceHandler, SubmitTermlyReportHandler, VisitActionsOwner],
})
export class GovernanceModule {}
