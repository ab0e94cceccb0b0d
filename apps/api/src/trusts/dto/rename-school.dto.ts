import { OrganisationName } from './organisation-name';

export class RenameSchoolDto {
  @OrganisationName('Libra Academy')
  name!: string;
}
