import { Injectable } from '@nestjs/common';
import {
  declarationRenewal,
  declarationsOf,
  interestsDecider,
  LocalDate,
  mustDeclare,
  safeguardingTraining,
  streamIds,
  trainingDecider,
  trainingOf,
} from '@governance/domain';
import { AllDayEvent, shortDate } from '@governance/notifications';
import { StreamStates } from '../commands/stream-states';
import { PersonReader } from '../people/person-reader';

/**
 * A person's own deadlines for their calendar feed: the day their declaration of interests must
 * be renewed by (12 months after the last) and the day their safeguarding training stops
 * counting (3 years on). One never made shows on today, as overdue. Governors and trustees, and
 * anyone who has made a declaration or done safeguarding training; nothing for an erased person.
 * UIDs name the person and the last record, so an event moves to a new one when it is renewed.
 */
@Injectable()
export class OwnRecordEvents {
  constructor(
    private readonly states: StreamStates,
    private readonly people: PersonReader,
  ) {}

  async of(trustId: string, personId: string, asOf: LocalDate, domain: string): Promise<AllDayEvent[]> {
    const person = await this.people.load(personId);
    if (!person.exists || person.trustId !== trustId || person.erased) return [];
    const needs = mustDeclare(person.roles);
    const interests = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    const training = await this.states.stateOf(trainingDecider, streamIds.training(trustId));
    const last = declarationsOf(interests, personId).find((declaration) => declaration.declaredOn <= asOf)?.declaredOn ?? null;
    const renewal = declarationRenewal(last, needs, asOf);
    const safeguarding = safeguardingTraining(trainingOf(training, personId).filter((record) => record.completedOn <= asOf), needs, asOf);
    const events: AllDayEvent[] = [];
    if (renewal.status !== 'not-required') {
      events.push({
        uid: `declaration.${personId}.${last ?? 'none'}@${domain}`,
        date: renewal.overdueAfter ?? asOf,
        summary: renewal.status === 'overdue' ? 'OVERDUE: Declaration of interests' : 'Declaration of interests due',
        description: last === null ? 'Your declaration of interests has never been made.' : `Renew your yearly declaration of interests (the last was made on ${shortDate(last)}).`,
        categories: ['Declaration of interests', renewal.status],
      });
    }
    if (safeguarding.status !== 'not-required') {
      const lastTraining = safeguarding.lastCompletedOn;
      events.push({
        uid: `safeguarding.${personId}.${lastTraining ?? 'none'}@${domain}`,
        date: safeguarding.expiresOn ?? asOf,
        summary: safeguarding.status === 'overdue' ? 'OVERDUE: Safeguarding training' : 'Safeguarding training due',
        description: lastTraining === null ? 'No safeguarding training is recorded for you.' : `Your safeguarding training of ${shortDate(lastTraining)} counts for 3 years, until this day.`,
        categories: ['Safeguarding training', safeguarding.status],
      });
    }
    return events;
  }
}
