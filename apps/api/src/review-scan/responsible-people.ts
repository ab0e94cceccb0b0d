import { Injectable } from '@nestjs/common';
import { Appointment, BodyOfMeeting, isHeadteacherGrantOf, isTrustWideAdminGrant, mayOwnSchoolPolicy, MemberCandidate, membersOf, RoleGrant } from '@governance/domain';
import { AppointmentsReader } from '../appointments/appointments-reader';
import { PeopleDirectory } from '../directory/people-directory';
import { PersonReader } from '../people/person-reader';
import { StreamReaders } from './stream-readers';

/** A person told about a review, and why (written into the email). */
export interface ResponsiblePerson {
  personId: string;
  reason: string;
}

/**
 * Who is told about a review: for a school's policy, the school's headteacher(s), the policy's
 * owner there (while they still hold a role at the school or trust-wide) and the link
 * governors assigned to that policy there (each person once); for a trust-wide policy, the trust admins. When a
 * school has neither, its trust admins are told, so a reminder never goes nowhere.
 * Roles are read from the people's streams once per scan of a trust.
 */
export class TrustPeople {
  private readonly linkCache = new Map<string, Promise<{ personId: string; area: string; policyIds: string[] }[]>>();

  constructor(
    private readonly grants: ReadonlyMap<string, readonly RoleGrant[]>,
    private readonly readers: StreamReaders,
    /** Everyone of the trust not erased (with or without a role), and the trust's appointments. */
    private readonly living: readonly MemberCandidate[] = [],
    readonly appointments: readonly Appointment[] = [],
  ) {}

  /** Whether the person is of the trust, not erased, and holds a role (an erased owner is told nothing). */
  holdsRole(personId: string): boolean {
    return this.grants.has(personId);
  }

  trustAdmins(): ResponsiblePerson[] {
    return this.holders(isTrustWideAdminGrant).map((personId) => ({
      personId,
      reason: 'a trust administrator',
    }));
  }

  async forSchoolPolicy(schoolId: string, schoolName: string, policyId: string): Promise<ResponsiblePerson[]> {
    const heads = this.holders((g) => isHeadteacherGrantOf(g, schoolId)).map((personId) => ({
      personId,
      reason: `the headteacher of ${schoolName}`,
    }));
    if (!this.linkCache.has(schoolId)) this.linkCache.set(schoolId, this.readers.linkAssignments(schoolId));
    const links = (await this.linkCache.get(schoolId)!)
      .filter((a) => a.policyIds.includes(policyId) && this.grants.has(a.personId))
      .map((a) => ({ personId: a.personId, reason: `the ${a.area} link governor of ${schoolName}` }));
    const people = uniqueByPerson([...heads, ...(await this.owner(schoolId, schoolName, policyId)), ...links]);
    if (people.length > 0) return people;
    return this.trustAdmins().map((p) => ({
      ...p,
      reason: `a trust administrator (${schoolName} has no headteacher, policy owner or link governor for this policy here)`,
    }));
  }

  private async owner(schoolId: string, schoolName: string, policyId: string): Promise<ResponsiblePerson[]> {
    const ownerId = await this.readers.policyOwner(schoolId, policyId);
    const grants = ownerId === null ? undefined : this.grants.get(ownerId);
    if (ownerId === null || !grants || !mayOwnSchoolPolicy(grants, schoolId)) return [];
    return [{ personId: ownerId, reason: `the owner of this policy at ${schoolName}` }];
  }

  /** The members of a meeting's body (the same rule as attendance: meetings/membership.ts). */
  membersOf(meeting: BodyOfMeeting): string[] {
    return membersOf(this.living, meeting, this.appointments);
  }

  /** The clerks of a meeting's body: the trust's clerks, and a local governing body's own; its trust admins when it has none. */
  clerksOf(schoolId: string | null): string[] {
    const clerks = this.holders((g) => g.role === 'clerk' && (g.schoolId === undefined || (schoolId !== null && g.schoolId === schoolId)));
    return clerks.length > 0 ? clerks : this.trustAdmins().map((p) => p.personId);
  }

  /** Everyone of the trust not erased and holding a role, with their roles. */
  everyone(): [string, readonly RoleGrant[]][] {
    return [...this.grants.entries()];
  }

  private holders(matches: (grant: RoleGrant) => boolean): string[] {
    return [...this.grants.entries()].filter(([, grants]) => grants.some(matches)).map(([personId]) => personId);
  }
}

function uniqueByPerson(people: ResponsiblePerson[]): ResponsiblePerson[] {
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.personId) ? false : (seen.add(p.personId), true)));
}

@Injectable()
export class ResponsiblePeople {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
    private readonly readers: StreamReaders,
    private readonly appointments: AppointmentsReader,
  ) {}

  /** The trust's people who are not erased, with their current roles, and the trust's appointments. */
  async ofTrust(trustId: string): Promise<TrustPeople> {
    const grants = new Map<string, readonly RoleGrant[]>();
    const living: MemberCandidate[] = [];
    for (const entry of this.directory.listByTrust(trustId)) {
      if (entry.erasedAt) continue;
      const person = await this.people.load(entry.personId);
      if (!person.exists || person.erased || person.trustId !== trustId) continue;
      living.push({ id: entry.personId, roles: person.roles });
      if (person.roles.length > 0) grants.set(entry.personId, person.roles);
    }
    return new TrustPeople(grants, this.readers, living, await this.appointments.ofTrust(trustId));
  }
}
