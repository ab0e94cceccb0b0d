import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { SCHOOL_PHASES } from '@governance/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

/** An optional URN: the DfE's six digits (a number is read as its digits). */
export function SchoolUrn(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: "The DfE's six-digit Unique Reference Number", example: '137512' }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value)),
    IsString({ message: 'urn must be the six-digit URN, e.g. 137512' }),
    Matches(/^\d{6}$/, { message: "urn must be the school's six-digit URN, e.g. 137512" }),
  );
}

/** An optional phase, one of API.md's list. */
export function SchoolPhaseField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: SCHOOL_PHASES }),
    IsOptional(),
    IsIn(SCHOOL_PHASES, { message: `phase must be one of ${SCHOOL_PHASES.join(', ')}` }),
  );
}
