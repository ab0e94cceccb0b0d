import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class MeetingsListQuery {
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date as YYYY-MM-DD, e.g. 2026-09-01' })
  from?: string;

  @IsOptional()
  @Matches(DATE, { message: 'to must be a date as YYYY-MM-DD, e.g. 2027-08-31' })
  to?: string;

  @IsOptional()
  @IsString({ message: 'schoolId must be text' })
  @MaxLength(100, { message: 'schoolId must be at most 100 characters long' })
  schoolId?: string;
}

export class AttendanceYearQuery {
  /** `2026` or `2026-27`: the academic year starting 1 September 2026. Default: the current one. */
  @IsOptional()
  @Matches(/^\d{4}(-\d{2})?$/, { message: 'year must be an academic year such as 2026-27 (or 2026)' })
  year?: string;
}
