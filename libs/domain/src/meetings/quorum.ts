import { AttendanceEntry } from './events';
import { quorumFor } from './meeting-values';

/** The quorum of the members recorded with the attendance, and whether the present members reach it. */
export function quorumOf(attendance: readonly AttendanceEntry[], memberIds: readonly string[]): { quorum: number; present: number; quorate: boolean } {
  const quorum = quorumFor(memberIds.length);
  const present = attendance.filter((entry) => entry.status === 'present' && memberIds.includes(entry.personId)).length;
  return { quorum, present, quorate: present >= quorum };
}
