import { Injectable } from '@nestjs/common';
import type { DeclarationItem, DeclarationStatusRow, PersonInterests, RecordStatus } from '@governance/contracts';
import { Declaration, declarationRenewal, declarationsOf, interestsDecider, interestsForRegister, InterestsState, mustDeclare, RegisteredPerson, streamIds } from '@governance/domain';
import { Actor } from '../../auth/actor';
import { Clock } from '../../clock/clock';
import { StreamStates } from '../../commands/stream-states';
import { PersonOfRoute } from '../person-of-route';
import { PeopleWithRecords } from './people-who-must-declare';

function item(declaration: Declaration): DeclarationItem {
  return {
    declaredOn: declaration.declaredOn,
    interests: declaration.interests.map((interest) => ({ ...interest })),
    nothingToDeclare: declaration.interests.length === 0,
    declaredBy: declaration.declaredBy,
  };
}

/** A person's declarations and renewal as of a day; made on or before it only. */
export function personInterests(state: InterestsState, person: RegisteredPerson, asOf: string): PersonInterests {
  // Erasure: like the people directory, nothing personal is shown of an erased person.
  const declarations = person.erased ? [] : declarationsOf(state, person.personId).filter((declaration) => declaration.declaredOn <= asOf);
  const renewal = declarationRenewal(declarations[0]?.declaredOn ?? null, mustDeclare(person.roles), asOf);
  const { current, endedRecently } = interestsForRegister(declarations, asOf);
  return {
    personId: person.personId,
    asOf,
    erased: person.erased,
    ...renewal,
    lastDeclaredOn: declarations[0]?.declaredOn ?? null,
    declarations: declarations.map(item),
    current,
    endedRecently,
  };
}

/** GET /trusts/:trustId/people/:personId/interests. */
@Injectable()
export class PersonInterestsQuery {
  constructor(
    private readonly states: StreamStates,
    private readonly personOfRoute: PersonOfRoute,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, trustId: string, personId: string, asOf?: string): Promise<PersonInterests> {
    const person = await this.personOfRoute.require(actor, trustId, personId);
    const state = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    return personInterests(state, person, asOf ?? this.clock.today());
  }
}

/** GET /trusts/:trustId/declarations: the clerk's view of who has renewed. */
@Injectable()
export class DeclarationsListQuery {
  constructor(
    private readonly states: StreamStates,
    private readonly people: PeopleWithRecords,
    private readonly clock: Clock,
  ) {}

  async execute(trustId: string, filter: { status?: RecordStatus; asOf?: string }): Promise<DeclarationStatusRow[]> {
    const asOf = filter.asOf ?? this.clock.today();
    const state = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    const declared = new Set(state.declarations.map((declaration) => declaration.personId));
    const people = await this.people.list(trustId, declared);
    return people
      .map((person) => {
        const latest = declarationsOf(state, person.id).find((declaration) => declaration.declaredOn <= asOf);
        return {
          personId: person.id,
          name: person.name,
          ...declarationRenewal(latest?.declaredOn ?? null, person.mustDeclare, asOf),
          lastDeclaredOn: latest?.declaredOn ?? null,
          interestsDeclared: latest?.interests.length ?? 0,
        };
      })
      .filter((row) => (filter.status === undefined ? row.status !== 'not-required' : row.status === filter.status));
  }
}
