import { ApiPropertyOptional } from '@nestjs/swagger';
import { SCHOOL_PHASES, SchoolPhase } from '@governance/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { OrganisationName } from './organisation-name';

export class CreateSchoolDto {
  @OrganisationName('Libra School')
  name!: string;

  @ApiPropertyOptional({
    description: "The DfE's six-digit Unique Reference Number",
    example: '137512',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value))
  @IsString({ message: 'urn must be the six-digit URN, e.g. 137512' })
  @Matches(/^\d{6}$/, { message: "urn must be the school's six-digit URN, e.g. 137512" })
  urn?: string;

  @ApiPropertyOptional({ enum: SCHOOL_PHASES })
  @IsOptional()
  @IsIn(SCHOOL_PHASES, { message: `phase must be one of ${SCHOOL_PHASES.join(', ')}` })
  phase?: SchoolPhase;
}
