import type { ActionSourceRef, OpenActionRequest } from '@governance/contracts';
import { OptionalObject, OptionalText, RequiredDate, RequiredText } from '../../http/dto-fields';

export class OpenActionDto implements OpenActionRequest {
  @RequiredText(500, 'Update the single central record')
  title!: string;

  @RequiredText(64)
  ownerId!: string;

  @RequiredDate('2027-01-15')
  dueOn!: string;

  @OptionalText(64)
  schoolId?: string;

  /** Read by the domain (parseActionSourceRef), which names the field it refuses. */
  @OptionalObject('{kind: visit | meeting | evaluation, id}: the visit or evaluation event id (from the audit trail), or the meeting id')
  source?: ActionSourceRef;

  @OptionalText(500)
  point?: string;
}
