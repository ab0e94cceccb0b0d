import type { SchoolStaff, SchoolStaffMember } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h, replace } from '../dom.js';
import { formatDate } from '../format.js';
import { loading, problemNotice, scrollingTable } from '../ui.js';
import { schoolStaff } from './staff-api.js';

/** The current staff section of the staff list page, and a way to read it again after an import. */
export interface CurrentStaff {
  element: HTMLElement;
  /** Reads the list again, once the read models reach `minPosition` (the applied import's position). */
  refresh(minPosition?: string): Promise<void>;
}

/**
 * "Current staff (N)": who is on the school's staff now, with their job title, the day they joined
 * and how many of the policies they must read they have acknowledged, in words ("8 of 10").
 */
export function currentStaff(context: AppContext, schoolId: string, schoolName: string): CurrentStaff {
  const element = h('section', { class: 'panel', 'aria-labelledby': 'current-staff-title', 'data-testid': 'current-staff' });
  const show = (heading: string, body: HTMLElement) => replace(element, h('h2', { id: 'current-staff-title' }, heading), body);
  const load = (minPosition?: string) =>
    schoolStaff(context, schoolId, minPosition).then(
      (answer: SchoolStaff) => show(`Current staff (${answer.staff.length})`, staffTable(answer.staff, schoolName)),
      (error: unknown) => show('Current staff', problemNotice(error)),
    );
  show('Current staff', loading('Loading the current staff'));
  void load();
  return {
    element,
    refresh: (minPosition?: string) => load(minPosition),
  };
}

function staffTable(staff: SchoolStaffMember[], schoolName: string): HTMLElement {
  if (staff.length === 0) return h('p', { class: 'empty' }, `Nobody is on the staff list of ${schoolName} yet. Upload the list your MIS exports above.`);
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'current-staff-table' },
    h('caption', {}, `The staff of ${schoolName} now, by name, and how many of the policies they must read each has acknowledged`),
    h('thead', {}, h('tr', {}, ['Name', 'Email', 'Job title', 'Joined', 'Policies read'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, staff.map((member) =>
      h('tr', {},
        h('th', { scope: 'row' }, member.name ?? 'Name erased'),
        h('td', {}, member.email ?? ''),
        h('td', {}, member.jobTitle ?? 'Not given'),
        h('td', {}, formatDate(member.joinedOn)),
        h('td', {}, readWords(member))),
    )),
  );
  return scrollingTable(`Current staff of ${schoolName}`, table);
}

/** "8 of 10", or that nothing asks them yet. */
function readWords(member: SchoolStaffMember): string {
  return member.toRead === 0 ? 'None to read yet' : `${member.acknowledged} of ${member.toRead}`;
}
