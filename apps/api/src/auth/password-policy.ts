import COMMON_PASSWORDS from './common-passwords.json';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set<string>(COMMON_PASSWORDS);

/** What a person might know about themselves that a guesser would try first. */
export interface PasswordContext {
  name?: string;
  email?: string;
}

/**
 * Why a password is not acceptable, or undefined. Follows NCSC guidance: length over
 * complexity rules, and a block list of common passwords (also with digits or symbols
 * added at either end and letters swapped for look-alikes, e.g. P@ssw0rd2026!).
 */
export function passwordProblem(
  password: string,
  context: PasswordContext = {},
): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long: three or four random words make a strong password you can remember`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.normalize('NFKC').toLowerCase();
  if (isCommon(lower) || new Set(lower).size < 5) {
    return 'is too common or too easy to guess: choose something else, for example three random words';
  }
  if (personalWords(context).some((word) => lower.includes(word))) {
    return 'must not contain your name or your email address';
  }
  return undefined;
}

function isCommon(lower: string): boolean {
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const candidates = [lower, core, ...lookAlikes(core), ...lookAlikes(lower)];
  return candidates.some((candidate) => candidate.length > 0 && common.has(candidate));
}

const LOOK_ALIKES: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '!': 'i',
};

/** The password read with look-alike characters undone ("1" may stand for i or l). */
function lookAlikes(text: string): string[] {
  const plain = [...text].map((c) => LOOK_ALIKES[c] ?? c).join('');
  return [plain.replace(/1/g, 'i'), plain.replace(/1/g, 'l')].map((t) =>
    t.replace(/^[^a-z]+|[^a-z]+$/g, ''),
  );
}

function personalWords(context: PasswordContext): string[] {
  const fromEmail = context.email ? [context.email.split('@')[0] ?? ''] : [];
  const fromName = context.name ? context.name.split(/[\s.'-]+/) : [];
  return [...fromEmail, ...fromName]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4);
}
