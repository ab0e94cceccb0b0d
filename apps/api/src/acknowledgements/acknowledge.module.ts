import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { TrustsModule } from '../trusts/trusts.module';
import { AcknowledgeController } from './acknowledge.controller';
import { AcknowledgePolicyHandler } from './commands/acknowledge-policy';

/** The write side of read and acknowledge: a member of staff acknowledges a policy's version in force. */
@Module({
  imports: [TrustsModule, PeopleModule, PoliciesModule],
  controllers: [AcknowledgeController],
  providers: [AcknowledgePolicyHandler],
  exports: [AcknowledgePolicyHandler],
})
export class AcknowledgeModule {}
