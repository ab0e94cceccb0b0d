import { api, ApiProblem, query } from '../api/client.js';
import type { MeetingSummary, MeetingView, PersonAttendance } from '@governance/contracts';
import { trustApi } from '../admin/admin-api.js';
import { AppContext } from '../context.js';

/** The reads of the clerk's meetings area, and the paths its forms write to. */

export function meetingsApi(context: AppContext, ...pieces: string[]): string {
  return trustApi(context, 'meetings', ...pieces);
}

export function meetings(context: AppContext, schoolId: string, minPosition?: string): Promise<MeetingSummary[]> {
  return api<MeetingSummary[]>(`${meetingsApi(context)}${query({ schoolId })}`, { minPosition });
}

export function meeting(context: AppContext, meetingId: string, minPosition?: string): Promise<MeetingView> {
  return api<MeetingView>(meetingsApi(context, meetingId), { minPosition });
}

export function personAttendance(context: AppContext, personId: string, year: string): Promise<PersonAttendance> {
  return api<PersonAttendance>(`${trustApi(context, 'people', personId, 'attendance')}${query({ year })}`);
}

/**
 * A domain refusal (422) that names no field, shown beside the field it is about: the codes the
 * meetings routes answer with (`minute-ref-taken` at the minute reference, and so on).
 */
export function atField(error: unknown, fields: Record<string, string>): unknown {
  if (!(error instanceof ApiProblem) || error.errors.length > 0) return error;
  const field = fields[error.code];
  return field ? new ApiProblem(error.status, error.type, error.title, error.detail, [{ field, message: error.detail }], error.extensions) : error;
}
