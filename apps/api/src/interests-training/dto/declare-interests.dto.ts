import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { INTEREST_KINDS, InterestKind, MAX_INTERESTS_PER_DECLARATION } from '@governance/domain';
import type { DeclaredInterestRequest, DeclareInterestsRequest } from '@governance/contracts';
import { OptionalDate, RequiredChoice, RequiredDate, RequiredText } from '../../http/dto-fields';

export class DeclaredInterestDto implements DeclaredInterestRequest {
  @RequiredChoice(INTEREST_KINDS)
  kind!: InterestKind;

  @RequiredText(500, 'Director of Hollins Building Services Ltd (repairs contractor to the trust)')
  description!: string;

  @OptionalDate('2024-04-01')
  from?: string;

  @OptionalDate('2026-08-31')
  to?: string;
}

export class DeclareInterestsDto implements DeclareInterestsRequest {
  @RequiredDate('2026-11-24')
  declaredOn!: string;

  @ApiProperty({ type: [DeclaredInterestDto], description: 'Every interest the person holds or held in the last 12 months; an empty list means nothing to declare.' })
  @IsArray({ message: 'interests must be a list (an empty list means nothing to declare)' })
  @ArrayMaxSize(MAX_INTERESTS_PER_DECLARATION, { message: `interests may list at most ${MAX_INTERESTS_PER_DECLARATION} interests` })
  @ValidateNested({ each: true })
  @Type(() => DeclaredInterestDto)
  interests!: DeclaredInterestDto[];
}
