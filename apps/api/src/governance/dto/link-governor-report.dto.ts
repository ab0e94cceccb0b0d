import { OptionalText, RequiredText, TextList } from '../../http/dto-fields';
import type { LinkGovernorReportRequest } from '@governance/contracts';

export class LinkGovernorReportDto implements LinkGovernorReportRequest {
  @RequiredText(40, '2026-autumn')
  term!: string;

  @RequiredText(20_000)
  summary!: string;

  @TextList(200, 64)
  policyIds?: string[];

  @OptionalText(20_000)
  recommendations?: string;

  /** The link governor reporting; only a trust admin may name someone else. Default: the caller. */
  @OptionalText(64)
  governorId?: string;
}
