import { AppointmentBody } from '../appointments/values';
import { InterestKind } from '../interests/kinds';

const KIND_WORDS: Record<InterestKind, string> = {
  directorship: 'Directorship',
  employment: 'Employment',
  shareholding: 'Shareholding',
  'trusteeship-or-governorship-elsewhere': 'Trustee or governor elsewhere',
  'relationship-with-staff-or-member': 'Relationship with staff or a member',
  'contract-or-supplier': 'Contract or supplier',
  other: 'Other',
};

/** "Directorship", "Trustee or governor elsewhere": an interest's kind as the register prints it. */
export function interestKindInWords(kind: InterestKind): string {
  return KIND_WORDS[kind];
}

/** "Members", "Trust board", "Libra School local governing body", "Finance and Audit committee". */
export function registerBodyTitle(key: { body: AppointmentBody; committee: string | null }, schoolName: string | null): string {
  switch (key.body) {
    case 'members':
      return 'Members';
    case 'trust-board':
      return 'Trust board';
    case 'local-governing-body':
      return `${schoolName ?? 'Academy'} local governing body`;
    case 'committee':
      return `${key.committee ?? ''} committee`.trim();
  }
}
