import { Injectable } from '@nestjs/common';
import { linkGovernanceDecider, streamIds } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { PeopleDirectory } from '../directory/people-directory';
import { SchoolLookup } from '../trusts/school-lookup';
import type { LinkGovernor } from '@governance/contracts';

/** One current link governor as the API answers it (shared with the web app). */
export type LinkGovernorView = LinkGovernor;

/** The school's current link governors, folded from its link-governance stream. */
@Injectable()
export class LinkGovernorsReader {
  constructor(
    private readonly states: StreamStates,
    private readonly directory: PeopleDirectory,
    private readonly schools: SchoolLookup,
  ) {}

  async current(trustId: string, schoolId: string): Promise<LinkGovernorView[]> {
    await this.schools.requireActive(trustId, schoolId);
    const state = await this.states.stateOf(linkGovernanceDecider, streamIds.linkGovernance(schoolId));
    return state.assignments.map((assignment) => ({
      ...assignment,
      name: this.directory.findById(assignment.personId)?.name ?? null,
    }));
  }
}
