import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { TrustsModule } from '../trusts/trusts.module';
import { AssignPolicyOwnerHandler } from './commands/assign-policy-owner';
import { PolicyOwnersController } from './policy-owners.controller';
import { PolicyOwnerCandidatesQuery } from './queries/policy-owner-candidates';

/** Each school policy's owner: naming them, and who may be named. */
@Module({
  imports: [PeopleModule, PoliciesModule, TrustsModule],
  controllers: [PolicyOwnersController],
  providers: [AssignPolicyOwnerHandler, PolicyOwnerCandidatesQuery],
})
export class PolicyOwnersModule {}
