import { OptionalText, RequiredText } from '../../http/dto-fields';
import type { VersionRequest } from '@governance/contracts';

export class DraftVersionDto implements VersionRequest {
  @RequiredText(5000, 'Updated for KCSIE 2026: new section on filtering and monitoring')
  summary!: string;

  @OptionalText(2000, 'https://sharepoint.example.org/policies/safeguarding-v3.docx')
  documentUrl?: string;
}
