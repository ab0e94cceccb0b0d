import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const ID = /^[A-Za-z0-9_-]+$/;

/** GET /trusts/:trustId/acknowledgements?schoolId=&policyId= */
export class AcknowledgementProgressQueryDto {
  @ApiPropertyOptional({ description: 'One school: its rows only, and the names of those outstanding for a trust admin, its headteacher or the policy\'s owner there.' })
  @IsOptional()
  @IsString({ message: 'schoolId must be text' })
  @MaxLength(64, { message: 'schoolId must be at most 64 characters long' })
  @Matches(ID, { message: 'schoolId must be the id of a school of this trust' })
  schoolId?: string;

  @ApiPropertyOptional({ description: 'One policy: its rows only.' })
  @IsOptional()
  @IsString({ message: 'policyId must be text' })
  @MaxLength(64, { message: 'policyId must be at most 64 characters long' })
  @Matches(ID, { message: 'policyId must be the id of a policy of this trust' })
  policyId?: string;
}
