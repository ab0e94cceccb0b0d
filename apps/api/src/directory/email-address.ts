/** The form an email address is looked up by: trimmed, NFC, lower-cased. */
export function emailKey(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
