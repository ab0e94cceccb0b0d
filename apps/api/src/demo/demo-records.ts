import { addDays, addMonths, LocalDate } from '@governance/domain';
import type { DeclaredInterestRequest, RecordTrainingRequest } from '@governance/contracts';
import { DemoAppointment, DEMO_LEAVER, DEMO_NEWCOMER } from './demo-appointments';
import { DEMO_AUTUMN_LGB_DAYS_AGO, onAWeekday } from './demo-meetings';

/*
 * The demo's declarations of interests and training. Declarations are made at each body's first
 * meeting of the academic year: last year on paper (the clerk records them), this year by each
 * governor online; one trustee has not renewed (overdue). Safeguarding training for every
 * governor and trustee within three years, one of them due (in the last three months).
 */

/** The trustee whose declaration is overdue: last made 13 months ago. */
export const DEMO_DECLARATION_OVERDUE = 'Vikram Nair';
/** The governor whose safeguarding training is due: done 34 months ago (it lapses after 36). */
export const DEMO_TRAINING_DUE = 'Owen Lloyd';

export interface DemoDeclaration {
  name: string;
  declaredOn: LocalDate;
  /** The clerk records paper forms; otherwise the person declares online. */
  byClerk: boolean;
  interests: DeclaredInterestRequest[];
}

export interface DemoTraining extends RecordTrainingRequest {
  name: string;
  byClerk: boolean;
}

/** Interests by name (everyone else has nothing to declare); `endedMonthsAgo` ends one during the last year. */
const INTERESTS: Readonly<Record<string, readonly { kind: DeclaredInterestRequest['kind']; description: string; fromMonthsAgo: number; endedMonthsAgo?: number }[]>> = {
  'Sir Peter Lang': [
    { kind: 'directorship', description: 'Non-executive director of Lang Property Holdings Ltd', fromMonthsAgo: 70 },
    { kind: 'trusteeship-or-governorship-elsewhere', description: 'Trustee of the Northfield Community Foundation (a grant-giving charity)', fromMonthsAgo: 44 },
  ],
  'Dr Ruth Adeleke': [{ kind: 'employment', description: 'Senior lecturer in education, University of Midshire (places trainee teachers at Libra School)', fromMonthsAgo: 80 }],
  'James Whitmore': [{ kind: 'directorship', description: 'Director of Whitmore Accountancy Ltd (no business with the trust)', fromMonthsAgo: 96 }],
  'Vikram Nair': [{ kind: 'contract-or-supplier', description: 'Director of Nair IT Services Ltd, IT support contractor to Riverside Academy', fromMonthsAgo: 50 }],
  'Amira Hassan': [{ kind: 'trusteeship-or-governorship-elsewhere', description: 'Trustee of the Midshire Schools Sport Partnership', fromMonthsAgo: 30 }],
  'Tom Whitfield': [{ kind: 'trusteeship-or-governorship-elsewhere', description: 'Governor at Hillcrest Primary School', fromMonthsAgo: 40 }],
  'Kwame Mensah': [{ kind: 'relationship-with-staff-or-member', description: 'Wife is a teaching assistant at Libra School', fromMonthsAgo: 60 }],
  'Sophie Turner': [{ kind: 'employment', description: 'Teacher of English at Libra School', fromMonthsAgo: 72 }],
  'Alan Whitaker': [{ kind: 'directorship', description: 'Director of Whitaker Building Services Ltd (repairs contractor to Oakfield until the spring)', fromMonthsAgo: 90, endedMonthsAgo: 8 }],
  'Martin Hale': [{ kind: 'employment', description: 'Year 4 teacher at Oakfield Primary Academy', fromMonthsAgo: 55 }],
  'Rev. Michael Ashby': [{ kind: 'employment', description: "Vicar of St Aidan's parish church", fromMonthsAgo: 100 }],
  'Jonathan Moss': [{ kind: 'employment', description: "Teaching assistant at St Aidan's Church of England Academy", fromMonthsAgo: 48 }],
  'Stephen Cole': [{ kind: 'shareholding', description: 'Shareholder in Cole & Sons Printers Ltd, which prints the academy prospectus', fromMonthsAgo: 120 }],
  'Lucy Harding': [{ kind: 'employment', description: 'Head of science at Riverside Academy', fromMonthsAgo: 66 }],
};

const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 7)}-01`;

/** What `name` declares on `declaredOn`: interests held then, and those ended since the last declaration. */
function interestsOf(name: string, today: LocalDate, declaredOn: LocalDate): DeclaredInterestRequest[] {
  return (INTERESTS[name] ?? []).flatMap(({ kind, description, fromMonthsAgo, endedMonthsAgo }) => {
    const from = firstOfMonth(addMonths(today, -fromMonthsAgo));
    const to = endedMonthsAgo === undefined ? undefined : addDays(firstOfMonth(addMonths(today, -endedMonthsAgo)), -1);
    if (from > declaredOn) return [];
    return [{ kind, description, from, ...(to && to <= declaredOn ? { to } : {}) }];
  });
}

/** The people who declared at each body's meetings: the members then (headteachers too, as governors ex officio). */
export function demoDeclarations(today: LocalDate, appointments: readonly DemoAppointment[], membersOn: (a: DemoAppointment['body'], schoolKey: string | null, date: LocalDate) => string[]): DemoDeclaration[] {
  // The first meetings of last and this academic year: the board's 13 and 1 months ago, each LGB's 12 months and 20 days ago.
  const board = { lastYear: onAWeekday(addMonths(today, -13)), thisYear: onAWeekday(addMonths(today, -1)) };
  const lgb = { lastYear: onAWeekday(addMonths(today, -12)), thisYear: addDays(today, -DEMO_AUTUMN_LGB_DAYS_AGO) };
  const bodies = [...new Set(appointments.map((a) => `${a.body}|${a.schoolKey ?? ''}`))].map((key) => {
    const [body, schoolKey] = key.split('|') as [DemoAppointment['body'], string];
    return { body, schoolKey: schoolKey || null, dates: body === 'trust-board' ? board : lgb };
  });
  const declarations: DemoDeclaration[] = [];
  for (const { body, schoolKey, dates } of bodies) {
    for (const name of membersOn(body, schoolKey, dates.lastYear)) {
      declarations.push({ name, declaredOn: dates.lastYear, byClerk: true, interests: interestsOf(name, today, dates.lastYear) });
    }
    for (const name of membersOn(body, schoolKey, dates.thisYear)) {
      if (name === DEMO_DECLARATION_OVERDUE || name === DEMO_NEWCOMER.name) continue;
      declarations.push({ name, declaredOn: dates.thisYear, byClerk: false, interests: interestsOf(name, today, dates.thisYear) });
    }
  }
  // The parent governor who resigned made a last declaration on leaving: the register lists her and her interests for a year.
  const left = appointments.find((a) => a.name === DEMO_LEAVER.name && a.ended);
  if (left?.ended) declarations.push({ name: left.name, declaredOn: left.ended.on, byClerk: true, interests: interestsOf(left.name, today, left.ended.on) });
  // The newcomer declares on joining (nothing to declare) and is not asked again until a year on.
  const joined = appointments.find((a) => a.name === DEMO_NEWCOMER.name);
  if (joined) declarations.push({ name: joined.name, declaredOn: joined.startsOn, byClerk: false, interests: [] });
  return declarations;
}

const SAFEGUARDING = 'Safeguarding for governors and trustees';

/**
 * Safeguarding training for every trustee and governor (not the headteachers, trained as staff),
 * 2 to 29 months ago, and one 34 months ago (due); the newcomer's induction and safeguarding
 * after joining; the chairs' course on chairing.
 */
export function demoTraining(today: LocalDate, appointments: readonly DemoAppointment[]): DemoTraining[] {
  const training: DemoTraining[] = [];
  const seen = new Set<string>();
  for (const [index, a] of appointments.entries()) {
    if (a.role === 'headteacher' || seen.has(a.name)) continue;
    seen.add(a.name);
    if (a.name === DEMO_NEWCOMER.name) {
      training.push({ name: a.name, completedOn: addDays(a.startsOn, 14), title: 'Induction for new governors', provider: 'National Governance Association', hours: 3, byClerk: false });
      training.push({ name: a.name, completedOn: addDays(a.startsOn, 28), title: SAFEGUARDING, provider: 'Meridian Learning Trust safeguarding team', hours: 2, byClerk: true });
      continue;
    }
    const monthsAgo = a.name === DEMO_TRAINING_DUE ? 34 : 2 + ((index * 5) % 28);
    const completedOn = onAWeekday(addMonths(today, -monthsAgo));
    training.push({ name: a.name, completedOn, title: SAFEGUARDING, provider: 'Meridian Learning Trust safeguarding team', hours: 2, byClerk: true });
    if (a.role === 'chair' && a.name !== DEMO_LEAVER.name) {
      training.push({ name: a.name, completedOn: onAWeekday(addMonths(today, -(9 + (index % 4)))), title: 'Chairing effective meetings', provider: 'National Governance Association', hours: 3, byClerk: false });
    }
  }
  return training;
}
