import { Injectable } from '@nestjs/common';
import type { SchoolStaff, SchoolStaffMember } from '@governance/contracts';
import { AcknowledgementsQuery } from '@governance/projections';
import { JobTitles } from '../../directory/job-titles';
import { PeopleDirectory } from '../../directory/people-directory';

/**
 * GET /trusts/:trustId/schools/:schoolId/staff: the school's current staff (the acknowledgements
 * read model's `staff` role holders) with their reading counts, and their name, email and job
 * title from the directory (personal data stays out of the log). A fixed number of queries
 * whatever the size of the school. By name; erased people (no name) last.
 */
@Injectable()
export class SchoolStaffQuery {
  constructor(
    private readonly acknowledgements: AcknowledgementsQuery,
    private readonly directory: PeopleDirectory,
    private readonly jobTitles: JobTitles,
  ) {}

  execute(trustId: string, schoolId: string): SchoolStaff {
    const reading = this.acknowledgements.staffReadingAt(trustId, schoolId);
    const ids = reading.map((person) => person.personId);
    const people = this.directory.findByIds(ids);
    const jobTitles = this.jobTitles.ofPeople(ids);
    const staff: SchoolStaffMember[] = reading.map((person) => {
      const entry = people.get(person.personId);
      return {
        personId: person.personId,
        name: entry?.name ?? null,
        email: entry?.email ?? null,
        jobTitle: jobTitles.get(person.personId) ?? null,
        joinedOn: person.joinedOn,
        toRead: person.toRead,
        acknowledged: person.acknowledged,
      };
    });
    staff.sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.personId.localeCompare(b.personId));
    return { schoolId, staff };
  }
}
