import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Approver, approvers } from '@governance/domain';
import type { DelegationRuleBody, SchemeOfDelegationRequest } from '@governance/contracts';

export class DelegationRuleDto implements DelegationRuleBody {
  @ApiProperty({ enum: approvers, description: 'The body that approves.' })
  @IsIn(approvers as readonly string[], { message: `approver must be one of ${approvers.join(', ')}` })
  approver!: Approver;

  @ApiPropertyOptional({ description: 'Only this policy.' })
  @IsOptional() @IsString() @MaxLength(100)
  policyId?: string;

  @ApiPropertyOptional({ description: 'Only policies of this catalogue category.' })
  @IsOptional() @IsString() @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ description: 'Only at this school.' })
  @IsOptional() @IsString() @MaxLength(100)
  schoolId?: string;
}

export class SchemeOfDelegationDto implements SchemeOfDelegationRequest {
  @ApiProperty({
    type: [DelegationRuleDto],
    description: 'The whole scheme; the most specific rule wins (policy+school, policy, category+school, category, school), else the policy\'s approver.',
  })
  @IsArray({ message: 'rules must be a list' })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => DelegationRuleDto)
  rules!: DelegationRuleDto[];
}
