import { ApiPropertyOptional } from '@nestjs/swagger';
import { NAME_MAX_LENGTH, SCHOOL_PHASES, SchoolPhase } from '@governance/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { SchoolChangeRequest } from '@governance/contracts';

/** Any of name, URN and phase; the decider refuses a body naming none. */
export class ChangeSchoolDto implements SchoolChangeRequest {
  @ApiPropertyOptional({ example: 'Libra Academy', maxLength: NAME_MAX_LENGTH })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH, { message: `name must be at most ${NAME_MAX_LENGTH} characters long` })
  name?: string;

  @ApiPropertyOptional({ description: "The DfE's six-digit Unique Reference Number", example: '137512' })
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
