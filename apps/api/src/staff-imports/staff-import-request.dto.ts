import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The form fields sent with a staff list: whether to apply it, and whether to apply only its clean lines. */
export class StaffImportRequestDto {
  @ApiPropertyOptional({ default: false, description: 'true: apply the list; otherwise a dry run that only reports' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'apply must be true or false' }) apply?: boolean;

  @ApiPropertyOptional({ default: false, description: 'true: apply the clean lines of a file with problem lines, leaving those out' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'applyCleanLines must be true or false' }) applyCleanLines?: boolean;
}
