import { meetingBodies } from '@governance/domain';
import { OptionalText, RequiredChoice, RequiredDate } from '../../http/dto-fields';
import type { CancelMeetingRequest, MeetingBody, MeetingRequest, RescheduleMeetingRequest } from '@governance/contracts';

export class MeetingDto implements MeetingRequest {
  @RequiredChoice(meetingBodies)
  body!: MeetingBody;

  @RequiredDate('2026-11-20')
  date!: string;

  @OptionalText(100)
  schoolId?: string;

  @OptionalText(200, 'Finance and Audit')
  committee?: string;

  @OptionalText(200, 'Autumn term meeting')
  title?: string;
}

export class RescheduleMeetingDto implements RescheduleMeetingRequest {
  @RequiredDate('2026-11-27')
  date!: string;
}

export class CancelMeetingDto implements CancelMeetingRequest {
  @OptionalText(2000, 'Not quorate: moved to next week')
  reason?: string;
}
