import { Module } from '@nestjs/common';
import { AddSchoolHandler } from './commands/add-school';
import { RegisterTrustHandler } from './commands/register-trust';
import { SchoolLeavesTrustHandler } from './commands/remove-school';
import { ChangeSchoolDetailsHandler } from './commands/change-school-details';
import { SetSecurityPolicyHandler } from './commands/set-security-policy';
import { SetSchemeOfDelegationHandler } from './commands/set-scheme-of-delegation';
import { GetSchemeOfDelegationQuery } from './queries/get-scheme-of-delegation';
import { SchemeOfDelegationController } from './scheme-of-delegation.controller';
import { GetSchoolQuery } from './queries/get-school';
import { GetTrustQuery } from './queries/get-trust';
import { ListSchoolsQuery } from './queries/list-schools';
import { ListTrustsQuery } from './queries/list-trusts';
import { SchoolsController } from './schools.controller';
import { TrustCatalog } from './trust-catalog';
import { SchoolLookup } from './school-lookup';
import { TrustReader } from './trust-reader';
import { TrustsController } from './trusts.controller';

/** Trusts and their schools: the `trust-{trustId}` stream. */
@Module({
  controllers: [TrustsController, SchoolsController, SchemeOfDelegationController],
  providers: [
    TrustReader,
    SchoolLookup,
    TrustCatalog,
    RegisterTrustHandler,
    AddSchoolHandler,
    ChangeSchoolDetailsHandler,
    SchoolLeavesTrustHandler,
    SetSecurityPolicyHandler,
    SetSchemeOfDelegationHandler,
    GetSchemeOfDelegationQuery,
    ListTrustsQuery,
    GetTrustQuery,
    ListSchoolsQuery,
    GetSchoolQuery,
  ],
  exports: [TrustReader, SchoolLookup, GetTrustQuery, GetSchoolQuery],
})
export class TrustsModule {}
