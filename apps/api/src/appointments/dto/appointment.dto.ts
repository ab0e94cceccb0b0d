import { appointmentBodies, appointmentRoles } from '@governance/domain';
import type { AppointmentBody, AppointmentRequest, AppointmentRole, EndAppointmentRequest } from '@governance/contracts';
import { OptionalChoice, OptionalDate, OptionalText, RequiredChoice, RequiredDate, RequiredText } from '../../http/dto-fields';

export class AppointmentDto implements AppointmentRequest {
  @RequiredChoice(appointmentBodies)
  body!: AppointmentBody;

  @OptionalText(100)
  schoolId?: string;

  @OptionalText(200, 'Finance and Audit')
  committee?: string;

  @RequiredChoice(appointmentRoles)
  role!: AppointmentRole;

  @RequiredText(200, 'Parents (election)')
  appointedBy!: string;

  @RequiredDate('2026-09-01')
  startsOn!: string;

  @RequiredDate('2030-08-31')
  endsOn!: string;
}

export class EndAppointmentDto implements EndAppointmentRequest {
  @RequiredDate('2027-03-31')
  endedOn!: string;

  @OptionalText(2000, 'Resigned: moved away')
  reason?: string;
}

/** GET /trusts/:trustId/appointments filters. */
export class AppointmentsFilter {
  @OptionalChoice(appointmentBodies)
  body?: AppointmentBody;

  @OptionalText(100)
  schoolId?: string;

  /** `true`: held today; `false`: not held today (ended or not started). */
  @OptionalChoice(['true', 'false'])
  current?: 'true' | 'false';

  /** The day `current` is judged on (default today). */
  @OptionalDate('2026-12-07')
  on?: string;
}
