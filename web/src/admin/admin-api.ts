import { api, seg } from '../api/client.js';
import type { CatalogueEntry, SchemeOfDelegationView, Person, ReminderSettings, School, TermDatesView, TrustPolicy } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';

/** The reads of the trust-admin area, and the paths its forms write to. */

export function trustApi(context: AppContext, ...pieces: string[]): string {
  return [`/api/trusts/${seg(context.trustId)}`, ...pieces.map(seg)].join('/');
}

export function schools(context: AppContext, minPosition?: string): Promise<School[]> {
  return api<School[]>(trustApi(context, 'schools'), { minPosition });
}

export async function school(context: AppContext, schoolId: string): Promise<School> {
  return api<School>(trustApi(context, 'schools', schoolId));
}

export function people(context: AppContext, minPosition?: string): Promise<Person[]> {
  return api<Person[]>(trustApi(context, 'people'), { minPosition });
}

export function person(context: AppContext, personId: string, minPosition?: string): Promise<Person> {
  return api<Person>(trustApi(context, 'people', personId), { minPosition });
}

export function policies(context: AppContext, minPosition?: string): Promise<TrustPolicy[]> {
  return api<TrustPolicy[]>(trustApi(context, 'policies'), { minPosition });
}

export function policy(context: AppContext, policyId: string, minPosition?: string): Promise<TrustPolicy> {
  return api<TrustPolicy>(trustApi(context, 'policies', policyId), { minPosition });
}

export function catalogue(): Promise<CatalogueEntry[]> {
  return api<CatalogueEntry[]>('/api/catalogue');
}

export function termDates(context: AppContext): Promise<TermDatesView> {
  return api<TermDatesView>(trustApi(context, 'term-dates'));
}

export function reminderSettings(context: AppContext): Promise<ReminderSettings> {
  return api<ReminderSettings>(trustApi(context, 'reminder-settings'));
}

/** The scheme of delegation's rules; none when this person may not read them (then the server's 422 says the body). */
export async function schemeRules(context: AppContext, minPosition?: string): Promise<SchemeOfDelegationView['rules']> {
  if (!mayDo(context.me, 'getSchemeOfDelegation')) return [];
  return (await api<SchemeOfDelegationView>(trustApi(context, 'scheme-of-delegation'), { minPosition })).rules;
}

/** After a write the area's lists read from `?after=<position>`, so they show what was just saved. */
export function afterPosition(query: URLSearchParams): string | undefined {
  return query.get('after') ?? undefined;
}
