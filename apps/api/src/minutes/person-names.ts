import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '../directory/people-directory';

/**
 * Names for the person ids in a pack. Names live only in the people directory; an erased
 * person stays an id in the log and is shown as erased.
 */
@Injectable()
export class PersonNames {
  constructor(private readonly directory: PeopleDirectory) {}

  /** A resolver for one request of a trust, remembering each name it looked up. */
  forTrust(trustId: string): (personId: string) => string {
    const cache = new Map<string, string>();
    return (personId) => {
      let name = cache.get(personId);
      if (name === undefined) {
        name = this.lookUp(trustId, personId);
        cache.set(personId, name);
      }
      return name;
    };
  }

  private lookUp(trustId: string, personId: string): string {
    if (personId === 'operator') return 'Platform operator';
    const person = this.directory.findById(personId);
    if (!person || person.trustId !== trustId) return 'Unknown person';
    return person.name ?? 'Erased person';
  }
}
