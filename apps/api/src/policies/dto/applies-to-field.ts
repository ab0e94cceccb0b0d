import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCHOOL_PHASES } from '@governance/domain';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional } from 'class-validator';

const DESCRIPTION = 'The phases of school the policy applies to (at least one); a school of another phase leaves it out of its register and figures.';

/** `appliesTo`: a non-empty list of phases; optional (every phase) when registering, required when changing. */
export function AppliesToField(required: boolean): PropertyDecorator {
  const documented = required
    ? ApiProperty({ enum: SCHOOL_PHASES, isArray: true, description: DESCRIPTION, example: ['secondary', 'all-through'] })
    : ApiPropertyOptional({ enum: SCHOOL_PHASES, isArray: true, description: `${DESCRIPTION} Every phase when absent.`, example: ['secondary', 'all-through'] });
  return applyDecorators(
    documented,
    ...(required ? [] : [IsOptional()]),
    IsArray({ message: `appliesTo must be a list of phases: ${SCHOOL_PHASES.join(', ')}` }),
    ArrayNotEmpty({ message: 'appliesTo must name at least one phase' }),
    ArrayMaxSize(SCHOOL_PHASES.length * 2, { message: 'appliesTo names too many phases' }),
    IsIn(SCHOOL_PHASES, { each: true, message: `appliesTo must list only the phases ${SCHOOL_PHASES.join(', ')}` }),
  );
}
