import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { loadServerSecrets, sha256 } from './server-secrets';

describe('loadServerSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-secrets-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates the token secret and operator token once, keeping only the hash of the token', () => {
    const first = loadServerSecrets(loadConfig({ DATA_DIR: dir }));
    expect(first.newOperatorToken).toMatch(/^[\w-]{43}$/);
    expect(first.operatorTokenHash.equals(sha256(first.newOperatorToken as string))).toBe(true);
    const file = join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(first.newOperatorToken);

    const second = loadServerSecrets(loadConfig({ DATA_DIR: dir }));
    expect(second.newOperatorToken).toBeUndefined();
    expect(second.tokenSecret).toBe(first.tokenSecret);
    expect(second.operatorTokenHash.equals(first.operatorTokenHash)).toBe(true);
  });

  it('prefers the environment and writes nothing it does not need', () => {
    const secrets = loadServerSecrets(
      loadConfig({
        DATA_DIR: dir,
        TOKEN_SECRET: 't'.repeat(40),
        GOVERNANCE_ADMIN_TOKEN: 'o'.repeat(30),
      }),
    );
    expect(secrets.tokenSecret).toBe('t'.repeat(40));
    expect(secrets.operatorTokenHash.equals(sha256('o'.repeat(30)))).toBe(true);
    expect(secrets.newOperatorToken).toBeUndefined();
  });

  it('tightens a secrets file that others can read', () => {
    const file = join(dir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ tokenSecret: 'x'.repeat(40) }), { mode: 0o644 });
    loadServerSecrets(loadConfig({ DATA_DIR: dir, GOVERNANCE_ADMIN_TOKEN: 'o'.repeat(30) }));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
