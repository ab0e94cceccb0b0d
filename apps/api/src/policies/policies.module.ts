import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DocumentStore } from '../documents/document-store';
import { DraftPolicyVersionHandler } from './commands/draft-policy-version';
import { PolicyDocumentQuery } from './queries/policy-document';
import { PolicyVersionsQuery } from './queries/policy-versions';
import { ReadApiModule } from '../read-api/read-api.module';
import { TermDatesModule } from '../term-dates/term-dates.module';
import { TrustsModule } from '../trusts/trusts.module';
import { CatalogueController } from './catalogue.controller';
import { AddFromCatalogueHandler } from './commands/add-from-catalogue';
import { ChangePolicyHandler } from './commands/change-policy';
import { ChangeSchoolPolicyHandler } from './commands/change-school-policy';
import { RegisterPolicyHandler } from './commands/register-policy';
import { PoliciesController } from './policies.controller';
import { PolicyReader } from './policy-reader';
import { SchoolPoliciesController } from './school-policies.controller';

/** The trust's policies and each school's adoptions, reviews, EIAs and evaluations. */
@Module({
  imports: [TrustsModule, ReadApiModule, TermDatesModule],
  controllers: [PoliciesController, SchoolPoliciesController, CatalogueController],
  providers: [
    PolicyReader,
    { provide: DocumentStore, useFactory: (config: AppConfig) => new DocumentStore(config.dataDir), inject: [APP_CONFIG] },
    DraftPolicyVersionHandler,
    PolicyDocumentQuery,
    PolicyVersionsQuery,
    RegisterPolicyHandler, ChangePolicyHandler, ChangeSchoolPolicyHandler, AddFromCatalogueHandler],
  exports: [PolicyReader],
})
export class PoliciesModule {}
