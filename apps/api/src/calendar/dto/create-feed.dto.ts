import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateFeedDto {
  @ApiPropertyOptional({ example: 'My phone', description: 'A name to recognise the feed by when revoking it' })
  @IsOptional()
  @IsString({ message: 'label must be text' })
  @MaxLength(100, { message: 'label must be at most 100 characters long' })
  label?: string;

  @ApiPropertyOptional({ description: 'Only this school’s reviews' })
  @IsOptional()
  @IsString({ message: 'schoolId must be text' })
  @MaxLength(100, { message: 'schoolId must be at most 100 characters long' })
  schoolId?: string;
}
