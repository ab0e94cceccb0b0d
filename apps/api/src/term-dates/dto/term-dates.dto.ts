import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { TermDatesRequest } from '@governance/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TermDatesItemDto {
  @ApiProperty({ description: 'The term: "2027-spring", "Spring 2027", "Autumn term 2026"', example: '2027-spring' })
  @IsString({ message: '$property must be a term such as "2027-spring"' })
  @MaxLength(40, { message: '$property must be at most 40 characters long' })
  term!: string;

  @ApiProperty({ format: 'date', example: '2027-01-05', description: 'The first day of the term' })
  @IsString({ message: '$property must be a date as YYYY-MM-DD' })
  @Matches(DATE, { message: '$property must be a date as YYYY-MM-DD, e.g. 2027-01-05' })
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2027-03-26', description: 'The last day of the term' })
  @IsString({ message: '$property must be a date as YYYY-MM-DD' })
  @Matches(DATE, { message: '$property must be a date as YYYY-MM-DD, e.g. 2027-03-26' })
  endsOn!: string;
}

export class TermDatesDto implements TermDatesRequest {
  @ApiProperty({
    type: [TermDatesItemDto],
    description: 'The terms to set; terms not listed keep their dates (the defaults, or what was set before).',
  })
  @IsArray({ message: 'terms must be a list of {term, startsOn, endsOn}' })
  @ArrayMinSize(1, { message: 'terms must name at least one term' })
  @ArrayMaxSize(30, { message: 'terms may set at most 30 terms at once' })
  @ValidateNested({ each: true })
  @Type(() => TermDatesItemDto)
  terms!: TermDatesItemDto[];
}
