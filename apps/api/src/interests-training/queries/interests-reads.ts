import { Injectable } from '@nestjs/common';
import type { DeclarationItem, DeclaredInterest, DeclarationStatusRow, PersonInterests, RecordStatus } from '@governance/contracts';
import { Declaration, declarationRenewal, declarationsOf, interestsDecider, interestsForRegister, InterestsState, mustDeclare, RegisteredPerson, streamIds } from '@governance/domain';
import { Actor } from '../../auth/actor';
import { Clock } from '../../clock/clock';
import { StreamStates } from '../../commands/stream-states';
import { PersonalRecords } from '../../directory/personal-records';
import { PersonOfRoute } from '../person-of-route';
import { PeopleWithRecords } from './people-who-must-declare';

/** The declaration's interests with their descriptions from the directory (null if it no longer holds them). */
function withDescriptions(declaration: Declaration, texts: ReadonlyMap<string, unknown>): DeclaredInterest[] {
  const descriptions = texts.get(declaration.recordId);
  return declaration.interests.map((interest, index) => ({
    kind: interest.kind,
    description: Array.isArray(descriptions) && typeof descriptions[index] === 'string' ? (descriptions[index] as string) : null,
    from: interest.from,
    to: interest.to,
  }));
}

function item(declaration: Declaration, texts: ReadonlyMap<string, unknown>): DeclarationItem {
  return {
    declaredOn: declaration.declaredOn,
    interests: withDescriptions(declaration, texts),
    nothingToDeclare: declaration.interests.length === 0,
    declaredBy: declaration.declaredBy,
  };
}

/** A person's declarations and renewal as of a day; made on or before it only. */
export function personInterests(state: InterestsState, texts: ReadonlyMap<string, unknown>, person: RegisteredPerson, asOf: string): PersonInterests {
  // Erasure: as in the people directory, nothing personal is shown of an erased person.
  const declarations = person.erased ? [] : declarationsOf(state, person.personId).filter((declaration) => declaration.declaredOn <= asOf);
  const renewal = declarationRenewal(declarations[0]?.declaredOn ?? null, mustDeclare(person.roles), asOf);
  const described = declarations.map((declaration) => ({ declaredOn: declaration.declaredOn, interests: withDescriptions(declaration, texts) }));
  const { current, endedRecently } = interestsForRegister(described, asOf);
  return {
    personId: person.personId,
    asOf,
    erased: person.erased,
    ...renewal,
    lastDeclaredOn: declarations[0]?.declaredOn ?? null,
    declarations: declarations.map((declaration) => item(declaration, texts)),
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
    private readonly records: PersonalRecords,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, trustId: string, personId: string, asOf?: string): Promise<PersonInterests> {
    const person = await this.personOfRoute.require(actor, trustId, personId);
    const state = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    return personInterests(state, this.records.ofTrust(trustId), person, asOf ?? this.clock.today());
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
