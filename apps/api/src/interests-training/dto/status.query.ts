import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { RecordStatus } from '@governance/contracts';
import { OptionalDate } from '../../http/dto-fields';

const STATUSES: readonly RecordStatus[] = ['done', 'due', 'overdue'];

export class AsOfQueryDto {
  @OptionalDate('2026-11-24')
  asOf?: string;
}

export class StatusQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: 'status must be one of done, due, overdue' })
  status?: RecordStatus;
}
