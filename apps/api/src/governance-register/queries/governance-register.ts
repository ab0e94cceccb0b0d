import { Injectable } from '@nestjs/common';
import {
  academicYearOf,
  attendanceByBody,
  lastCompletedAcademicYear,
  LocalDate,
  NotFoundError,
  registerAppointments,
  registerBodyId,
  registerBodyTitle,
  roleInWords,
} from '@governance/domain';
import type { GovernanceRegister, GovernanceRegisterBody } from '@governance/contracts';
import { MeetingsQuery } from '@governance/projections';
import { AppointmentsReader } from '../../appointments/appointments-reader';
import { PeopleDirectory } from '../../directory/people-directory';
import { RegisterInterestsQuery } from '../../interests-training/queries/register-interests';
import { TrustReader } from '../../trusts/trust-reader';

export interface GovernanceRegisterFilter {
  asOf: LocalDate;
  schoolId?: string;
  /** An academic year such as 2026-27; default the last one completed before asOf. */
  year?: string;
}

/**
 * The governance register a trust publishes, as of a day: per body, everyone appointed (and
 * those who left within 12 months), from the appointments stream; their interests from their
 * latest declaration by then; their attendance from recorded meetings. Erased people are left
 * out entirely: the register is published, and an erased person has no name to publish.
 */
@Injectable()
export class GovernanceRegisterQuery {
  constructor(
    private readonly trusts: TrustReader,
    private readonly appointments: AppointmentsReader,
    private readonly directory: PeopleDirectory,
    private readonly interests: RegisterInterestsQuery,
    private readonly meetings: MeetingsQuery,
  ) {}

  async execute(trustId: string, filter: GovernanceRegisterFilter): Promise<GovernanceRegister> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    const schoolNames = new Map(trust.schools.map((school) => [school.schoolId, school.name]));
    if (filter.schoolId !== undefined && !schoolNames.has(filter.schoolId)) throw new NotFoundError('School', filter.schoolId);
    const { asOf } = filter;
    const year = filter.year === undefined ? lastCompletedAcademicYear(asOf) : academicYearOf(filter.year, asOf);

    const names = new Map<string, string | null>();
    const nameOf = (personId: string): string | null => {
      if (!names.has(personId)) {
        const person = this.directory.findById(personId);
        names.set(personId, person && !person.erasedAt ? person.name : null);
      }
      return names.get(personId) ?? null;
    };
    const all = (await this.appointments.ofTrust(trustId)).filter(
      (appointment) => filter.schoolId === undefined || (appointment.body === 'local-governing-body' && appointment.schoolId === filter.schoolId),
    );
    const listed = registerAppointments(all, asOf, (personId) => nameOf(personId) === null);
    const personIds = [...new Set(listed.flatMap((body) => body.appointments.map((entry) => entry.appointment.personId)))];
    const interests = await this.interests.execute(trustId, personIds, asOf);
    const attendance = attendanceByBody(this.meetings.recordedMeetings(trustId, year.from, year.to), year, asOf);

    const bodies: GovernanceRegisterBody[] = listed.map(({ key, appointments }) => {
      const schoolName = key.schoolId === null ? null : (schoolNames.get(key.schoolId) ?? null);
      return {
        ...key,
        schoolName,
        title: registerBodyTitle(key, schoolName),
        people: appointments.map(({ appointment, leftOn }) => {
          const declared = interests.get(appointment.personId);
          return {
            personId: appointment.personId,
            name: nameOf(appointment.personId) ?? '',
            role: appointment.role,
            roleInWords: roleInWords(appointment.role),
            appointedBy: appointment.appointedBy,
            termStartsOn: appointment.startsOn,
            termEndsOn: appointment.endsOn,
            leftOn,
            former: leftOn !== null,
            interests: declared ?? { declaredOn: null, nothingToDeclare: false, current: [], endedRecently: [] },
            attendance: key.body === 'members' ? null : (attendance.get(`${registerBodyId(key)}|${appointment.personId}`) ?? { expected: 0, attended: 0 }),
          };
        }),
      };
    });
    const withEmptyBodies = filter.schoolId === undefined ? withBoardAndMembers(bodies) : bodies.length > 0 ? bodies : [emptyLgb(filter.schoolId, schoolNames.get(filter.schoolId) ?? null)];
    return { trustId, trustName: trust.name, asOf, schoolId: filter.schoolId ?? null, attendanceYear: year, bodies: withEmptyBodies };
  }
}

/** The members and the trust board are always published, even before anyone is appointed (so the page says so); then each LGB and committee by name. */
function withBoardAndMembers(bodies: GovernanceRegisterBody[]): GovernanceRegisterBody[] {
  const missing = (['members', 'trust-board'] as const)
    .filter((body) => !bodies.some((b) => b.body === body))
    .map((body): GovernanceRegisterBody => ({ body, schoolId: null, schoolName: null, committee: null, title: registerBodyTitle({ body, committee: null }, null), people: [] }));
  return [...missing, ...bodies].sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title, 'en-GB'));
}

function order(body: GovernanceRegisterBody): number {
  return { members: 0, 'trust-board': 1, 'local-governing-body': 2, committee: 3 }[body.body];
}

function emptyLgb(schoolId: string, schoolName: string | null): GovernanceRegisterBody {
  return { body: 'local-governing-body', schoolId, schoolName, committee: null, title: registerBodyTitle({ body: 'local-governing-body', committee: null }, schoolName), people: [] };
}
