import { NotFoundError } from '@governance/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { PeopleDirectory } from '../../directory/people-directory';
import { PersonReader } from '../person-reader';
import { PersonView, personView } from './person-view';

export class GetPersonQuery extends Query<PersonView> {
  constructor(
    readonly trustId: string,
    readonly personId: string,
  ) {
    super();
  }
}

@QueryHandler(GetPersonQuery)
export class GetPersonHandler implements IQueryHandler<GetPersonQuery> {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
  ) {}

  async execute({ trustId, personId }: GetPersonQuery): Promise<PersonView> {
    const entry = this.directory.findById(personId);
    const state = await this.people.load(personId);
    if (!entry || entry.trustId !== trustId || !state.exists || state.trustId !== trustId) {
      throw new NotFoundError('Person', personId);
    }
    return personView(entry, state);
  }
}
