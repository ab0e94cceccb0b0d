import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NAME_MAX_LENGTH } from '@governance/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsAcceptablePassword } from '../../auth/password.validator';
import { RoleGrantDto } from './role-grant.dto';
import type { PersonRequest } from '@governance/contracts';

export class CreatePersonDto implements PersonRequest {
  @ApiProperty({ example: 'Margaret Hodge' })
  @IsString({ message: 'name must be text' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH, {
    message: `name must be at most ${NAME_MAX_LENGTH} characters long`,
  })
  name!: string;

  @ApiProperty({ example: 'm.hodge@libra.sch.uk' })
  @IsString({ message: 'email must be text' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  @IsEmail({}, { message: 'email must be an email address, e.g. name@school.org.uk' })
  email!: string;

  @ApiPropertyOptional({
    description:
      'At least 12 characters and not a common password. Without one the person cannot sign in until an admin sets it.',
  })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string;

  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray({ message: 'roles must be a list of {role, schoolId?}' })
  @ArrayMinSize(1, { message: 'roles must give the person at least one role' })
  @ArrayMaxSize(50, { message: 'roles must have at most 50 entries' })
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles!: RoleGrantDto[];
}
