import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/*
 * Field decorators shared by the request DTOs. They check shape (text, list, date format) and
 * size so a bad request gets one message per field; the domain then checks meaning (a real
 * calendar date, a known term) and answers 400 or 422 in the same problem format.
 */

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

export const RequiredText = (max: number, example?: string) =>
  applyDecorators(
    ApiProperty({ maxLength: max, ...(example ? { example } : {}) }),
    IsString({ message: '$property must be text' }),
    Matches(/\S/, { message: '$property must not be empty' }),
    MaxLength(max, { message: `$property must be at most ${max} characters long` }),
  );

export const OptionalText = (max: number, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max, ...(example ? { example } : {}) }),
    IsOptional(),
    IsString({ message: '$property must be text' }),
    MaxLength(max, { message: `$property must be at most ${max} characters long` }),
  );

export const RequiredDate = (example = '2026-03-14') =>
  applyDecorators(
    ApiProperty({ format: 'date', example }),
    IsString({ message: `$property must be a date as YYYY-MM-DD, e.g. ${example}` }),
    Matches(DATE_FORMAT, { message: `$property must be a date as YYYY-MM-DD, e.g. ${example}` }),
  );

export const OptionalDate = (example = '2026-03-14') =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date', example }),
    IsOptional(),
    IsString({ message: `$property must be a date as YYYY-MM-DD, e.g. ${example}` }),
    Matches(DATE_FORMAT, { message: `$property must be a date as YYYY-MM-DD, e.g. ${example}` }),
  );

/** A date or a term ("2027-spring", "Spring 2027"), read by the domain. */
export const OptionalDueDate = () =>
  applyDecorators(
    ApiPropertyOptional({ description: 'A date (YYYY-MM-DD) or a term (2027-spring, "Spring 2027")', example: '2027-summer' }),
    IsOptional(),
    IsString({ message: '$property must be a date (YYYY-MM-DD) or a term such as 2027-spring' }),
    MaxLength(40, { message: '$property must be a date (YYYY-MM-DD) or a term such as 2027-spring' }),
  );

export const TextList = (maxItems: number, maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String] }),
    IsOptional(),
    IsArray({ message: '$property must be a list of text' }),
    ArrayMaxSize(maxItems, { message: `$property must have at most ${maxItems} entries` }),
    IsString({ each: true, message: '$property must be a list of text' }),
    MaxLength(maxLength, { each: true, message: `each entry of $property must be at most ${maxLength} characters long` }),
  );

export const RequiredChoice = (values: readonly string[]) =>
  applyDecorators(ApiProperty({ enum: values }), IsIn(values, { message: `$property must be one of ${values.join(', ')}` }));

export const OptionalChoice = (values: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values }),
    IsOptional(),
    IsIn(values, { message: `$property must be one of ${values.join(', ')}` }),
  );

export const RequiredBoolean = () =>
  applyDecorators(ApiProperty(), IsBoolean({ message: '$property must be true or false' }));

export const OptionalBoolean = () =>
  applyDecorators(ApiPropertyOptional(), IsOptional(), IsBoolean({ message: '$property must be true or false' }));

export const VersionNumber = (options: { optional?: boolean } = {}) =>
  applyDecorators(
    options.optional ? ApiPropertyOptional({ minimum: 1, example: 1 }) : ApiProperty({ minimum: 1, example: 1 }),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message: '$property must be a whole number (1, 2, ...)' }),
    Min(1, { message: '$property must be 1 or more' }),
    Max(100_000, { message: '$property must be at most 100000' }),
  );

/** A JSON object whose inside the domain reads (EIA impacts, incident counts). */
export const RequiredObject = (description: string) =>
  applyDecorators(ApiProperty({ type: 'object', description, additionalProperties: true }), IsObject({ message: `$property must be an object: ${description}` }));

export const OptionalObject = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'object', description, additionalProperties: true }),
    IsOptional(),
    IsObject({ message: `$property must be an object: ${description}` }),
  );

/** Any JSON value the domain reads and reports on itself (e.g. a cycle in months or words). */
export const DomainChecked = (description: string, required: boolean) =>
  applyDecorators(...(required ? [ApiProperty({ description })] : [ApiPropertyOptional({ description }), IsOptional()]), Allow());
