import { ApiPropertyOptional } from '@nestjs/swagger';
import { NAME_MAX_LENGTH, SchoolPhase } from '@governance/domain';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { SchoolChangeRequest } from '@governance/contracts';
import { SchoolPhaseField, SchoolUrn } from './school-fields';

/** Any of name, URN and phase; the decider refuses a body naming none. */
export class ChangeSchoolDto implements SchoolChangeRequest {
  @ApiPropertyOptional({ example: 'Libra Academy', maxLength: NAME_MAX_LENGTH })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH, { message: `name must be at most ${NAME_MAX_LENGTH} characters long` })
  name?: string;

  @SchoolUrn()
  urn?: string;

  @SchoolPhaseField()
  phase?: SchoolPhase;
}
