import { ApiPropertyOptional } from '@nestjs/swagger';
import { NAME_MAX_LENGTH } from '@governance/domain';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { PersonChangeRequest } from '@governance/contracts';

/** Either or both; the same rules as adding a person. */
export class ChangePersonDto implements PersonChangeRequest {
  @ApiPropertyOptional({ example: 'Margaret Hodge' })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH, { message: `name must be at most ${NAME_MAX_LENGTH} characters long` })
  name?: string;

  @ApiPropertyOptional({ example: 'm.hodge@libra.sch.uk' })
  @IsOptional()
  @IsString({ message: 'email must be text' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  @IsEmail({}, { message: 'email must be an email address, e.g. name@school.org.uk' })
  email?: string;
}
