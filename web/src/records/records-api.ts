import { api, query } from '../api/client.js';
import type { AppointmentItem, DeclarationStatusRow, PersonInterests, PersonTraining, RecordStatus, TrainingStatusRow } from '@governance/contracts';
import { trustApi } from '../admin/admin-api.js';
import { AppContext } from '../context.js';

/** The reads of governor records (appointments, declarations of interests, training). */

export function personApi(context: AppContext, personId: string, ...pieces: string[]): string {
  return trustApi(context, 'people', personId, ...pieces);
}

export function appointmentsOf(context: AppContext, personId: string, minPosition?: string): Promise<AppointmentItem[]> {
  return api<AppointmentItem[]>(personApi(context, personId, 'appointments'), { minPosition });
}

export function currentAppointments(context: AppContext, minPosition?: string): Promise<AppointmentItem[]> {
  return api<AppointmentItem[]>(`${trustApi(context, 'appointments')}${query({ current: 'true' })}`, { minPosition });
}

export function interestsOf(context: AppContext, personId: string, minPosition?: string): Promise<PersonInterests> {
  return api<PersonInterests>(personApi(context, personId, 'interests'), { minPosition });
}

export function trainingOf(context: AppContext, personId: string, minPosition?: string): Promise<PersonTraining> {
  return api<PersonTraining>(personApi(context, personId, 'training'), { minPosition });
}

export function declarationList(context: AppContext, status?: RecordStatus, minPosition?: string): Promise<DeclarationStatusRow[]> {
  return api<DeclarationStatusRow[]>(`${trustApi(context, 'declarations')}${query({ status })}`, { minPosition });
}

export function trainingList(context: AppContext, status?: RecordStatus, minPosition?: string): Promise<TrainingStatusRow[]> {
  return api<TrainingStatusRow[]>(`${trustApi(context, 'training')}${query({ status })}`, { minPosition });
}
