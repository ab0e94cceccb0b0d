import { CommandBus } from '@nestjs/cqrs';
import { addDays, CatalogueEntry, isAfter, LocalDate, policyAppliesTo, schoolPolicyDecider, streamIds } from '@governance/domain';
import { AcknowledgePolicyCommand } from '../acknowledgements/commands/acknowledge-policy';
import { StreamStates } from '../commands/stream-states';
import { DemoCast, demoOrigin } from './demo-cast';
import { DEMO_READING, DEMO_RECENT_ADOPTION_DAYS, demoReadingDays, demoStaffOf } from './demo-staff';
import { DemoTimeline } from './demo-timeline';
import { DEMO_SCHOOLS } from './demo-trust';

interface ReadPolicy {
  id: () => string;
  entry: CatalogueEntry;
}

/**
 * Staff read and acknowledge the policies that ask for it, through the same command as the API,
 * each as themselves on the day they did it (demo-staff.ts says how far each academy has got).
 * A step acknowledges the version in force at the school when it runs (the adoptions are read
 * from the log, as the timeline has recorded them by then); nothing adopted yet, nothing to read.
 */
export class DemoReading {
  constructor(
    private readonly commands: CommandBus,
    private readonly states: StreamStates,
    private readonly timeline: DemoTimeline,
    private readonly cast: DemoCast,
    private readonly today: LocalDate,
  ) {}

  plan(policies: readonly ReadPolicy[]): void {
    const asked = policies.filter(({ entry }) => entry.acknowledgementRequired);
    for (const school of DEMO_SCHOOLS) {
      const reading = DEMO_READING[school.key];
      if (!reading) continue;
      for (const [staffIndex, name] of demoStaffOf(school.key).entries()) {
        if (staffIndex >= reading.acknowledging) continue;
        for (const [policyIndex, policy] of asked.entries()) {
          if (!policyAppliesTo(policy.entry.appliesTo, school.phase)) continue;
          const { first, recent } = demoReadingDays(this.today, staffIndex, policyIndex);
          this.timeline.on(first, () => this.acknowledge(name, school.key, policy.id(), () => true));
          // A version adopted after the first read: the recent ones only by the first few, older ones by everyone who reads.
          this.timeline.on(recent, () =>
            this.acknowledge(name, school.key, policy.id(), (adoptedOn) =>
              isAfter(adoptedOn, first) && (isAfter(adoptedOn, addDays(this.today, -DEMO_RECENT_ADOPTION_DAYS - 1)) ? staffIndex < reading.acknowledgingRecent : true),
            ),
          );
        }
      }
    }
  }

  /** Acknowledges the version in force at the school, when there is one and `reads` says this person reads it. */
  private async acknowledge(name: string, schoolKey: string, policyId: string, reads: (adoptedOn: LocalDate) => boolean): Promise<void> {
    const schoolId = this.cast.schoolId(schoolKey);
    const { adoptions } = await this.states.stateOf(schoolPolicyDecider, streamIds.schoolPolicy(schoolId, policyId));
    const inForce = adoptions.reduce<(typeof adoptions)[number] | null>((latest, a) => (latest === null || a.version > latest.version ? a : latest), null);
    if (!inForce || !reads(inForce.adoptedOn)) return;
    await this.commands.execute(new AcknowledgePolicyCommand(demoOrigin(this.cast.person(name), this.cast.trustId, schoolId), schoolId, policyId, inForce.version));
  }
}
