import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

export const SERVER_SECRETS = Symbol('SERVER_SECRETS');

/** The secrets the server needs, from the environment or from DATA_DIR/secrets.json. */
export interface ServerSecrets {
  /** Signs access tokens; other keys (TOTP encryption, email hashing) are derived from it. */
  tokenSecret: string;
  /** SHA-256 of the operator's token: the token itself is never stored. */
  operatorTokenHash: Buffer;
  /** Set only on the start that generated the operator token, so it can be shown once. */
  newOperatorToken?: string;
}

interface SecretsFile {
  tokenSecret?: string;
  operatorTokenSha256?: string;
}

export const SECRETS_FILE = DATA_DIR_FILES.secrets;

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * TOKEN_SECRET and GOVERNANCE_ADMIN_TOKEN win when set. Otherwise the values are generated
 * once and kept in secrets.json (mode 0600); for the operator token only its hash is kept.
 */
export function loadServerSecrets(config: AppConfig): ServerSecrets {
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, SECRETS_FILE);
  const stored = readSecretsFile(file);
  const next: SecretsFile = { ...stored };
  let newOperatorToken: string | undefined;

  if (!config.tokenSecret && !stored.tokenSecret)
    next.tokenSecret = randomBytes(48).toString('base64url');
  if (!config.adminToken && !stored.operatorTokenSha256) {
    newOperatorToken = randomBytes(32).toString('base64url');
    next.operatorTokenSha256 = sha256(newOperatorToken).toString('hex');
  }
  if (
    next.tokenSecret !== stored.tokenSecret ||
    next.operatorTokenSha256 !== stored.operatorTokenSha256
  ) {
    writeSecretsFile(file, next);
  }

  return {
    tokenSecret: config.tokenSecret ?? (next.tokenSecret as string),
    operatorTokenHash: config.adminToken
      ? sha256(config.adminToken)
      : Buffer.from(next.operatorTokenSha256 as string, 'hex'),
    ...(newOperatorToken ? { newOperatorToken } : {}),
  };
}

function readSecretsFile(file: string): SecretsFile {
  if (!existsSync(file)) return {};
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error(`${file} is not a JSON object`);
  const { tokenSecret, operatorTokenSha256 } = parsed as Record<string, unknown>;
  return {
    ...(typeof tokenSecret === 'string' ? { tokenSecret } : {}),
    ...(typeof operatorTokenSha256 === 'string' && /^[0-9a-f]{64}$/.test(operatorTokenSha256)
      ? { operatorTokenSha256 }
      : {}),
  };
}

/** Written to a private temporary file and renamed into place, so a crash never leaves half a file. */
function writeSecretsFile(file: string, secrets: SecretsFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  renameSync(temporary, file);
}
