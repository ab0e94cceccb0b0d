import { Injectable } from '@nestjs/common';
import type { PersonTraining, RecordStatus, TrainingItem, TrainingStatusRow } from '@governance/contracts';
import { mustDeclare, safeguardingTraining, streamIds, trainingDecider, trainingOf, TrainingRecord, TrainingText } from '@governance/domain';
import { Actor } from '../../auth/actor';
import { Clock } from '../../clock/clock';
import { StreamStates } from '../../commands/stream-states';
import { PersonalRecords } from '../../directory/personal-records';
import { PersonOfRoute } from '../person-of-route';
import { PeopleWithRecords } from './people-who-must-declare';

/** A record with its title and provider from the directory (null if it no longer holds them). */
function withText(record: TrainingRecord, texts: ReadonlyMap<string, unknown>): TrainingItem {
  const text = texts.get(record.recordId) as Partial<TrainingText> | undefined;
  return {
    completedOn: record.completedOn,
    title: typeof text?.title === 'string' ? text.title : null,
    provider: typeof text?.provider === 'string' ? text.provider : null,
    hours: record.hours,
    safeguarding: record.safeguarding,
    recordedBy: record.recordedBy,
  };
}

/** GET /trusts/:trustId/people/:personId/training: latest first, with the safeguarding status. */
@Injectable()
export class PersonTrainingQuery {
  constructor(
    private readonly states: StreamStates,
    private readonly personOfRoute: PersonOfRoute,
    private readonly records: PersonalRecords,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, trustId: string, personId: string, asOf?: string): Promise<PersonTraining> {
    const person = await this.personOfRoute.require(actor, trustId, personId);
    const day = asOf ?? this.clock.today();
    const state = await this.states.stateOf(trainingDecider, streamIds.training(trustId));
    // Erasure: as in the people directory, nothing personal is shown of an erased person.
    const texts = this.records.ofTrust(trustId);
    const records = person.erased ? [] : trainingOf(state, personId).filter((record) => record.completedOn <= day);
    return {
      personId,
      asOf: day,
      erased: person.erased,
      safeguarding: safeguardingTraining(records, mustDeclare(person.roles), day),
      training: records.map((record) => withText(record, texts)),
    };
  }
}

/** GET /trusts/:trustId/training: each governor's and trustee's safeguarding training status. */
@Injectable()
export class TrainingListQuery {
  constructor(
    private readonly states: StreamStates,
    private readonly people: PeopleWithRecords,
    private readonly clock: Clock,
  ) {}

  async execute(trustId: string, filter: { status?: RecordStatus; asOf?: string }): Promise<TrainingStatusRow[]> {
    const asOf = filter.asOf ?? this.clock.today();
    const state = await this.states.stateOf(trainingDecider, streamIds.training(trustId));
    const trained = new Set(state.records.map((record) => record.personId));
    const people = await this.people.list(trustId, trained);
    return people
      .map((person) => {
        const records = trainingOf(state, person.id).filter((record) => record.completedOn <= asOf);
        return {
          personId: person.id,
          name: person.name,
          safeguarding: safeguardingTraining(records, person.mustDeclare, asOf),
          totalHours: records.reduce((sum, record) => sum + (record.hours ?? 0), 0),
        };
      })
      .filter((row) => (filter.status === undefined ? row.safeguarding.status !== 'not-required' : row.safeguarding.status === filter.status));
  }
}
