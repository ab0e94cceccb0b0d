import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrustView } from './queries/get-trust';
import { SchoolView } from './queries/list-schools';
import { CatalogTrust } from './trust-catalog';

// OpenAPI shapes of the trust and school answers; each implements its answer type.

@ApiSchema({ name: 'TrustSummary' })
export class TrustSummarySchema implements CatalogTrust {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

@ApiSchema({ name: 'SecurityPolicy' })
class SecurityPolicySchema {
  @ApiProperty() requireMfaForAdmins!: boolean;
}

@ApiSchema({ name: 'Trust' })
export class TrustSchema implements TrustView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'How many schools the trust has.' }) schools!: number;
  @ApiProperty({ type: SecurityPolicySchema }) securityPolicy!: SecurityPolicySchema;
}

@ApiSchema({ name: 'School' })
export class SchoolSchema implements SchoolView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The DfE unique reference number.' }) urn!: string | null;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
}
