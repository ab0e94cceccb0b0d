import { SchoolPhase } from '@governance/domain';
import type { SchoolRequest } from '@governance/contracts';
import { OrganisationName } from './organisation-name';
import { SchoolPhaseField, SchoolUrn } from './school-fields';

export class CreateSchoolDto implements SchoolRequest {
  @OrganisationName('Libra School')
  name!: string;

  @SchoolUrn()
  urn?: string;

  @SchoolPhaseField()
  phase?: SchoolPhase;
}
