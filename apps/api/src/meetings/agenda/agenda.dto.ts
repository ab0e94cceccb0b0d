import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { AgendaItemRequest, AgendaOrderRequest, PapersSentRequest } from '@governance/contracts';
import { DomainChecked, OptionalText, RequiredDate, RequiredText } from '../../http/dto-fields';

export class AgendaItemDto implements AgendaItemRequest {
  @RequiredText(500, 'Safeguarding training for governors')
  title!: string;

  @OptionalText(5000, 'The clerk to circulate the NGA module links.')
  details?: string;
}

export class AgendaOrderDto implements AgendaOrderRequest {
  @DomainChecked('Agenda item ids in the order wanted, each once; items not named follow in their own order.', true)
  order!: string[];
}

export class PapersSentDto implements PapersSentRequest {
  @RequiredDate('2026-12-01')
  sentOn!: string;
}

export const AGENDA_FORMATS = ['json', 'markdown', 'docx'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];
export const DRAFT_MINUTES_FORMATS = ['markdown', 'docx'] as const;
export type DraftMinutesFormat = (typeof DRAFT_MINUTES_FORMATS)[number];

export class AgendaFormatQuery {
  @ApiPropertyOptional({ enum: AGENDA_FORMATS, description: 'Overrides Accept, for a plain download link' })
  @IsOptional()
  @IsIn(AGENDA_FORMATS, { message: `format must be one of ${AGENDA_FORMATS.join(', ')}` })
  format?: AgendaFormat;
}

export class DraftMinutesFormatQuery {
  @ApiPropertyOptional({ enum: DRAFT_MINUTES_FORMATS, description: 'Overrides Accept, for a plain download link' })
  @IsOptional()
  @IsIn(DRAFT_MINUTES_FORMATS, { message: `format must be one of ${DRAFT_MINUTES_FORMATS.join(', ')}` })
  format?: DraftMinutesFormat;
}
