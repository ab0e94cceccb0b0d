import { IncidentCounts } from '@governance/domain';
import { DomainChecked, OptionalObject, RequiredText } from '../../http/dto-fields';
import type { TermlyReportRequest } from '@governance/contracts';

export class TermlyReportDto implements TermlyReportRequest {
  @RequiredText(40, '2026-autumn')
  term!: string;

  @RequiredText(50_000)
  summary!: string;

  @OptionalObject('incident counts by category, e.g. {"bullying": 2, "racist": 0}')
  incidents?: IncidentCounts;

  @DomainChecked('training delivered: a list, or text with one item a line', false)
  training?: string[] | string;
}
