import { Injectable } from '@nestjs/common';
import type { DeclaredInterest } from '@governance/contracts';
import { interestsDecider, LocalDate, streamIds } from '@governance/domain';
import { StreamStates } from '../../commands/stream-states';
import { PersonalRecords } from '../../directory/personal-records';
import { PersonReader } from '../../people/person-reader';
import { personInterests } from './interests-reads';

/** What a published register shows of one person's interests as of a day. */
export interface RegisterInterests {
  /** The latest declaration made on or before the day; null when none (the register says "not declared"). */
  declaredOn: string | null;
  nothingToDeclare: boolean;
  current: DeclaredInterest[];
  /** Ended within the 12 months before the day (Academy Trust Handbook). */
  endedRecently: DeclaredInterest[];
}

/**
 * For the governance register (a later part of issue #22): each named person's interests as of
 * a day, from their latest declaration made by then. An erased person, or one of another
 * trust, shows nothing.
 */
@Injectable()
export class RegisterInterestsQuery {
  constructor(
    private readonly states: StreamStates,
    private readonly records: PersonalRecords,
    private readonly people: PersonReader,
  ) {}

  async execute(trustId: string, personIds: readonly string[], asOf: LocalDate): Promise<Map<string, RegisterInterests>> {
    const state = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    const texts = this.records.ofTrust(trustId);
    const answer = new Map<string, RegisterInterests>();
    for (const personId of personIds) {
      const person = await this.people.load(personId);
      if (!person.exists || person.trustId !== trustId) continue;
      const read = personInterests(state, texts, person, asOf);
      const latest = read.declarations[0];
      answer.set(personId, { declaredOn: latest?.declaredOn ?? null, nothingToDeclare: latest?.nothingToDeclare ?? false, current: read.current, endedRecently: read.endedRecently });
    }
    return answer;
  }
}
