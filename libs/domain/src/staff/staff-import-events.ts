import { Decider, DomainEvent } from '../shared/decider';

/**
 * A staff list was applied to a school: counts and the file's SHA-256 only (names, emails and
 * job titles stay in the directory). Stream `staff-imports-{schoolId}`; the audit trail shows
 * who imported it and when. Appended only when the import changed something.
 */
export type StaffListImported = DomainEvent<
  'StaffListImported',
  { schoolId: string; added: number; changed: number; leaving: number; unchanged: number; leftOut: number; sha256: string }
>;

export type StaffImportEvent = StaffListImported;

export const STAFF_IMPORT_EVENT_TYPES: readonly StaffImportEvent['type'][] = ['StaffListImported'];

export const staffImportStream = (schoolId: string): string => `staff-imports-${schoolId}`;

export interface RecordStaffListImported {
  type: 'RecordStaffListImported';
  data: StaffListImported['data'];
}

/** How many imports the school has had: the stream is evidence, nothing is decided on it. */
export interface StaffImportsState {
  imports: number;
}

export const staffImportDecider: Decider<RecordStaffListImported, StaffImportEvent, StaffImportsState> = {
  decide: (command) => [{ type: 'StaffListImported', data: { ...command.data } }],
  evolve: (state) => ({ imports: state.imports + 1 }),
  initialState: () => ({ imports: 0 }),
};
