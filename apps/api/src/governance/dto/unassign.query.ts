import { IsOptional, IsString, MaxLength } from 'class-validator';

export class UnassignQuery {
  /** The area to end; without it, every area the person links to at the school. */
  @IsOptional()
  @IsString({ message: 'area must be text' })
  @MaxLength(100, { message: 'area must be at most 100 characters long' })
  area?: string;
}
