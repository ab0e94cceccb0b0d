import type { Me } from '@governance/contracts';
import { ApiProblem } from '../api/client.js';
import { mayDo } from '../context.js';

/** Which parts of "Manage the trust" this person may use, from GET /api/me `may` (never by role). */
export const manage = {
  schools: (me: Me) => mayDo(me, 'addSchool') || mayDo(me, 'renameSchool'),
  people: (me: Me) => mayDo(me, 'listPeople'),
  policies: (me: Me) => mayDo(me, 'registerPolicy') || mayDo(me, 'addPolicyFromCatalogue'),
  /** Clerks of a school assign its link governors too. */
  linkGovernors: (me: Me) => me.may.assignLinkGovernor !== undefined,
  termDates: (me: Me) => mayDo(me, 'setTermDates'),
  reminders: (me: Me) => mayDo(me, 'changeReminderSettings'),
  imports: (me: Me) => mayDo(me, 'importPolicies'),
  /** Reading the scheme is enough to see the page; changing it shows the controls. */
  scheme: (me: Me) => mayDo(me, 'getSchemeOfDelegation') || mayDo(me, 'setSchemeOfDelegation'),
  /** Governor records (appointments, declarations, training): the clerk's and trust admin's. */
  governors: (me: Me) => mayDo(me, 'listDeclarations') || mayDo(me, 'listTraining') || mayDo(me, 'makeAppointment'),
  any(me: Me): boolean {
    return this.governors(me) || this.schools(me) || this.people(me) || this.policies(me) || this.linkGovernors(me) || this.termDates(me) || this.reminders(me) || this.scheme(me);
  },
};

/** Stops a page the person may not use, with the reason in words. */
export function allowOnly(allowed: boolean): void {
  if (!allowed) throw new ApiProblem(403, '/problems/forbidden', 'Forbidden', 'This part of “Manage the trust” is for trust administrators. Ask one if you need something changed.', []);
}

export const ADMIN_TRAIL: [string, string][] = [
  ['Home', '/'],
  ['Manage the trust', '/admin'],
];
