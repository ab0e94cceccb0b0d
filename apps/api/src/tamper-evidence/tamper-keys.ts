import { ChainKey, printablePublicKey, publicKeyId } from '@governance/event-store';
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  hkdfSync,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppConfig } from '../config/app-config';

export const TAMPER_KEYS = Symbol('TAMPER_KEYS');

/**
 * The keys of tamper evidence: an HMAC key for the version 2 chain and an Ed25519 key pair for
 * the checkpoints of stream heads. Both come from outside DATA_DIR, or there are none: the
 * chain is then version 1 (plain SHA-256, as before) and no checkpoints are signed.
 */
export interface TamperKeys {
  source: 'TAMPER_KEY' | 'TAMPER_KEY_FILE' | 'none';
  chainKey?: ChainKey;
  signingKey?: KeyObject;
  publicKey?: KeyObject;
}

/** What TAMPER_KEY_FILE holds (JSON, mode 0600). */
interface TamperKeyFile {
  format: typeof KEY_FILE_FORMAT;
  /** 32 random bytes, base64. */
  hmacKey: string;
  /** The Ed25519 private key, PKCS#8 PEM. */
  signingKey: string;
}

const KEY_FILE_FORMAT = 'governance-tamper-keys/1';
/** PKCS#8 DER of an Ed25519 private key is this prefix and the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const UNKEYED: TamperKeys = { source: 'none' };

export function loadTamperKeys(config: Pick<AppConfig, 'tamperKey' | 'tamperKeyFile'>): TamperKeys {
  if (config.tamperKey && config.tamperKeyFile) {
    throw new Error('Set TAMPER_KEY or TAMPER_KEY_FILE, not both: they give different keys.');
  }
  if (config.tamperKey) return keysFromPassphrase(config.tamperKey);
  if (config.tamperKeyFile) return keysFromFile(config.tamperKeyFile);
  return UNKEYED;
}

/** TAMPER_KEY: both keys derived with HKDF, so one setting is enough and nothing is written. */
function keysFromPassphrase(passphrase: string): TamperKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', passphrase, 'governance-tracker tamper evidence', info, 32));
  const signingKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, derive('checkpoint signing key (Ed25519 seed)')]),
    format: 'der',
    type: 'pkcs8',
  });
  return withKeys('TAMPER_KEY', derive('event chain key (HMAC-SHA-256)'), signingKey);
}

/** TAMPER_KEY_FILE: read, or created with fresh random keys when the path does not exist yet. */
function keysFromFile(file: string): TamperKeys {
  if (!existsSync(file)) createKeyFile(file);
  let parsed: Partial<TamperKeyFile>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<TamperKeyFile>;
  } catch (error) {
    throw new Error(`TAMPER_KEY_FILE ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  const hmacKey = Buffer.from(parsed.hmacKey ?? '', 'base64');
  if (parsed.format !== KEY_FILE_FORMAT || hmacKey.length < 32 || typeof parsed.signingKey !== 'string') {
    throw new Error(`TAMPER_KEY_FILE ${file} is not a tamper key file (expected format "${KEY_FILE_FORMAT}" with hmacKey and signingKey)`);
  }
  const signingKey = createPrivateKey(parsed.signingKey);
  if (signingKey.asymmetricKeyType !== 'ed25519') throw new Error(`TAMPER_KEY_FILE ${file}: signingKey must be an Ed25519 key`);
  return withKeys('TAMPER_KEY_FILE', hmacKey, signingKey);
}

function createKeyFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const content: TamperKeyFile = {
    format: KEY_FILE_FORMAT,
    hmacKey: randomBytes(32).toString('base64'),
    signingKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
  // 'wx': a second process starting at the same moment keeps the first one's keys.
  try {
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
}

function withKeys(source: TamperKeys['source'], hmacKey: Buffer, signingKey: KeyObject): TamperKeys {
  const publicKey = createPublicKey(signingKey);
  const id = createHmac('sha256', hmacKey).update('governance-tracker chain key id').digest('hex').slice(0, 16);
  return { source, chainKey: { id, secret: createSecretKey(hmacKey) }, signingKey, publicKey };
}

/** The lines `npm run cli -- tamper-key` prints: what a trust keeps to check checkpoints later. */
export function describePublicKey(keys: TamperKeys): string {
  if (!keys.publicKey || !keys.chainKey) {
    return 'Tamper evidence is unkeyed: set TAMPER_KEY_FILE (or TAMPER_KEY) to sign checkpoints, then run this again.';
  }
  return [
    `Checkpoint public key (keys from ${keys.source}):`,
    '',
    `    ${printablePublicKey(keys.publicKey)}`,
    '',
    `Key id ${publicKeyId(keys.publicKey)}; event chain key id ${keys.chainKey.id}.`,
    'Keep it outside the server. GET /api/trusts/:trustId/audit/verify?publicKey=<the key above> checks every',
    'checkpoint against it, so checkpoints signed with any other key are named.',
  ].join('\n');
}
