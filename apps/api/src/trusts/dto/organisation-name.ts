import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { NAME_MAX_LENGTH } from '@governance/domain';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A required name of a trust or school: text with something in it, at most 200 characters. */
export function OrganisationName(example: string) {
  return applyDecorators(
    ApiProperty({ example, maxLength: NAME_MAX_LENGTH }),
    IsString({ message: '$property must be text' }),
    Matches(/\S/, { message: '$property must not be empty' }),
    MaxLength(NAME_MAX_LENGTH, {
      message: `$property must be at most ${NAME_MAX_LENGTH} characters long`,
    }),
  );
}
