import { OrganisationName } from './organisation-name';

export class CreateTrustDto {
  @OrganisationName('Oak Learning Trust')
  name!: string;
}
