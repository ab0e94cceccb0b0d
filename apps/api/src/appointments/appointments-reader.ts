import { Injectable } from '@nestjs/common';
import { Appointment, appointmentsDecider, streamIds } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from '../trusts/plausible-id';

/** Every appointment of a trust, folded from its `appointments-{trustId}` stream. */
@Injectable()
export class AppointmentsReader {
  constructor(private readonly states: StreamStates) {}

  async ofTrust(trustId: string): Promise<readonly Appointment[]> {
    if (!isPlausibleId(trustId)) return [];
    return (await this.states.stateOf(appointmentsDecider, streamIds.appointments(trustId))).appointments;
  }
}
