import { api, seg } from './api/client.js';
import type { AskedAccessKey, Me, MyReading, PersonName, Role, School, Trust, TrustCompliance } from '@governance/contracts';
import { termOf, today } from './format.js';
import { ROLE_LABELS } from './vocabulary.js';

/** What every page needs to know about the signed-in person and their trust. */
export interface AppContext {
  me: Me;
  trustId: string;
  trust: Trust;
  /** The schools this person may see (school-scoped roles: their own). */
  schools: School[];
  /** Person id to name, where the API lets this person see names (trust admins), plus their own. */
  names: Map<string, string>;
  /** The server's today and term (it may run on a fixed date for demos), for form defaults. */
  today: string;
  term: string;
  /** What this person must read and acknowledge (null when it could not be read): the menu counts it. */
  reading: MyReading | null;
}

export async function loadContext(): Promise<AppContext> {
  const me = await api<Me>('/api/me');
  if (!me.trustId) throw new Error('The platform operator has no trust pages; sign in as a person of a trust.');
  const trustId = me.trustId;
  const [trust, schools, figures, reading] = await Promise.all([
    api<Trust>(`/api/trusts/${seg(trustId)}`),
    api<School[]>(`/api/trusts/${seg(trustId)}/schools`),
    api<TrustCompliance>(`/api/trusts/${seg(trustId)}/compliance`).catch(() => undefined),
    api<MyReading>('/api/me/reading').catch(() => null),
  ]);
  const day = figures?.asOf ?? today();
  const names = new Map<string, string>();
  // Everyone of the trust may read its people's names (not their emails or roles).
  const people = await api<PersonName[]>(`/api/trusts/${seg(trustId)}/people/names`).catch(() => []);
  for (const person of people) if (person.name) names.set(person.id, person.name);
  if (me.name) names.set(me.id, me.name);
  return { me, trustId, trust, schools, names, today: day, term: figures?.term ?? termOf(day), reading };
}

/**
 * Whether the server's access table lets this person send an entry: at a given school, or
 * (no school given) anywhere. The server computes `me.may` from its table; the web checks no
 * role itself.
 */
export function mayDo(me: Me, key: AskedAccessKey, schoolId?: string): boolean {
  const where = me.may[key];
  if (where === undefined) return false;
  return where === 'all' || schoolId === undefined || where.includes(schoolId);
}

/** Readers of every school (trust admins, trustees, trust-wide clerks): may read any school's register. */
export function isTrustWide(me: Me): boolean {
  return me.may.schoolRegister === 'all';
}

/** The schools this person may read, when not every school. */
export function ownSchoolIds(me: Me): string[] {
  const where = me.may.schoolRegister;
  return where === undefined || where === 'all' ? [] : where;
}

export function schoolName(context: AppContext, schoolId: string | null | undefined): string {
  if (!schoolId) return 'the trust';
  return context.schools.find((school) => school.id === schoolId)?.name ?? 'a school';
}

/** Who did something: "you", their name, or their role ("the headteacher"). */
export function actorName(context: AppContext, actorId: string | null | undefined, actorRole?: string | null): string {
  if (actorId && actorId === context.me.id) return 'you';
  if (actorId && context.names.has(actorId)) return context.names.get(actorId) as string;
  if (actorId === 'operator' || actorRole === 'operator') return 'the platform operator';
  const label = actorRole ? ROLE_LABELS[actorRole as Role] : undefined;
  return label ? `a ${label.toLowerCase()}` : 'someone';
}

/** The actions the pages offer, each one access-table entry as this person may send it. */
export const can = {
  recordPolicyWork(me: Me, schoolId: string): boolean {
    return mayDo(me, 'adoptPolicy', schoolId);
  },
  evaluatePolicy(me: Me, schoolId: string): boolean {
    return mayDo(me, 'evaluatePolicy', schoolId);
  },
  assignPolicyOwner(me: Me, schoolId: string): boolean {
    return mayDo(me, 'assignPolicyOwner', schoolId);
  },
  reviewTrustPolicy(me: Me): boolean {
    return mayDo(me, 'reviewPolicy');
  },
  linkGovernorWork(me: Me, schoolId: string): boolean {
    return mayDo(me, 'logVisit', schoolId);
  },
  /** A trust-wide admin records visits and reports for a named link governor. */
  actForLinkGovernors(me: Me): boolean {
    return me.may.logVisit === 'all';
  },
  termlyReport(me: Me, schoolId: string): boolean {
    return mayDo(me, 'submitTermlyReport', schoolId);
  },
  importPolicies(me: Me): boolean {
    return mayDo(me, 'importPolicies');
  },
  /** Marking one's own actions done (the owner always may; clerks and trust admins anyone's). */
  completeAction(me: Me): boolean {
    return mayDo(me, 'completeAction');
  },
  readActions(me: Me, schoolId: string): boolean {
    return mayDo(me, 'listActions', schoolId);
  },
  /** The clerk's pack is for those who read every school and those who run link governance (clerks). */
  prepareMeetingPapers(me: Me): boolean {
    return isTrustWide(me) || mayDo(me, 'assignLinkGovernor');
  },
};
