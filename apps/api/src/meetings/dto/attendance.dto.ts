import { DomainChecked } from '../../http/dto-fields';
import type { AttendanceLine, AttendanceRequest } from '@governance/contracts';

export class AttendanceDto implements AttendanceRequest {
  @DomainChecked('The whole attendance: a list of {personId, status}, status one of present, apologies-accepted, apologies-not-accepted, absent. A later record replaces it.', true)
  attendance!: AttendanceLine[];
}
