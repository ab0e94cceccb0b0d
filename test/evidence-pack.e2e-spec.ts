import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditPage } from '@governance/contracts';
import { storedZip, unzipBounded } from '@governance/documents';
import type { Response } from 'supertest';
import { bearer, createTrustWithAdmin, expectRefusedUnchanged } from './support/fixtures';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const unzip = (zip: Buffer) => unzipBounded(zip, { entryBytes: 10_000_000, totalBytes: 50_000_000 }, () => true);

/** Collects a binary answer (supertest buffers only text and JSON by itself). */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The CLI as an inspector runs it: a real process with no DATA_DIR and no server. */
async function verifyCli(file: string, ...options: string[]): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LOG_LEVEL: 'error' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/cli.ts', 'verify-evidence-pack', file, ...options], { cwd: join(__dirname, '..'), env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

/** A school's evidence pack over HTTP for the minutes suite's trust, and its offline check. */
describe("a school's evidence pack", () => {
  let app: TestApp;
  let trust: MinutesTrust;
  let zip: Buffer;
  let parts: Map<string, Buffer>;
  let position: string;
  let folder: string;

  const url = (schoolId = trust.oak, query = '') => `/api/trusts/${trust.id}/schools/${schoolId}/evidence-pack${query}`;
  const download = (token: string, schoolId = trust.oak) =>
    app.http.get(url(schoolId)).set(bearer(token)).set('X-Min-Position', trust.position).buffer(true).parse(binary);

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    const answer = await download(trust.trustClerk.token).expect(200);
    expect(answer.headers['content-type']).toBe('application/zip');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="evidence-pack-oak-primary-2027-03-10.zip"');
    zip = answer.body as Buffer;
    position = answer.headers['x-position'];
    parts = unzip(zip);
    folder = mkdtempSync(join(tmpdir(), 'evidence-pack-'));
  }, 120_000);
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  it('holds the register, each policy history, the tables, the chain check, a README and the manifest', () => {
    expect([...parts.keys()]).toEqual([
      'README.txt',
      'register.csv',
      'register.json',
      'policies/Accessibility Plan.md',
      'policies/Behaviour.md',
      'policies/Complaints.md',
      'policies/Safeguarding.md',
      'decisions.csv',
      'eias.csv',
      'visits.csv',
      'link-governor-reports.csv',
      'termly-reports.md',
      'chain-verification.json',
      'manifest.json',
      'manifest.sha256',
    ]);
  });

  it('lists every file in the manifest with the SHA-256 of the bytes in the zip, and sums the manifest', () => {
    const manifest = JSON.parse(parts.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({ trustId: trust.id, schoolId: trust.oak, schoolName: 'Oak Primary', asOf: MINUTES_TODAY, generatedBy: { id: trust.trustClerk.id } });
    expect(manifest.files).toHaveLength(parts.size - 2);
    for (const file of manifest.files as { path: string; sha256: string; bytes: number }[]) {
      expect({ path: file.path, sha256: sha256(parts.get(file.path)!), bytes: parts.get(file.path)!.length }).toEqual(file);
    }
    expect(parts.get('manifest.sha256')!.toString('utf8')).toBe(`${sha256(parts.get('manifest.json')!)}  manifest.json\n`);
  });

  it('holds the same register as the register route', async () => {
    const register = await app.http.get(`/api/trusts/${trust.id}/schools/${trust.oak}/policies`).set(bearer(trust.trustClerk.token)).expect(200);
    expect(JSON.parse(parts.get('register.json')!.toString('utf8'))).toEqual(register.body);
    const csv = await app.http.get(`/api/trusts/${trust.id}/schools/${trust.oak}/policies.csv`).set(bearer(trust.trustClerk.token)).expect(200);
    expect(parts.get('register.csv')!.toString('utf8')).toBe(csv.text);
  });

  it("tells each policy's history in words: the day it happened, when it was recorded, and who", () => {
    const accessibility = parts.get('policies/Accessibility Plan.md')!.toString('utf8');
    expect(accessibility).toMatch(/\| 2027-01-25 \| \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \| Ruth Okafor \| Version 1 approved by the trust board \(minute TB\/27\/02\) \|/);
    expect(accessibility).toMatch(/\| 2027-02-05 \| .* \| Ruth Okafor \| Version 1 adopted by the school, approved by the local governing body \|/);
    expect(parts.get('visits.csv')!.toString('utf8')).toContain('2027-02-03,Grace Hall,Met the DSL,Records are up to date,Safeguarding,Update the visitor leaflet');
    expect(parts.get('eias.csv')!.toString('utf8')).toContain('Safeguarding,1,2026-02-01,Yes,Needs a full assessment');
    expect(parts.get('termly-reports.md')!.toString('utf8')).toContain('## 2027-spring, submission 2 (replaces submission 1)');
  });

  it('carries the chain check and records who took the pack, with the manifest sum, in the audit trail', async () => {
    const chain = JSON.parse(parts.get('chain-verification.json')!.toString('utf8'));
    expect(chain.verification).toMatchObject({ trustId: trust.id, intact: true });
    expect(chain.head.position).toBe(JSON.parse(parts.get('manifest.json')!.toString('utf8')).position);
    expect(chain.head.hash).toMatch(/^[0-9a-f]{64}$/);
    const trail = await app.http
      .get(`/api/trusts/${trust.id}/audit?type=EvidencePackGenerated`)
      .set(bearer(trust.admin.token))
      .set('X-Min-Position', position)
      .expect(200);
    expect((trail.body as AuditPage).items.map((item) => [item.actorId, item.schoolId, item.data])).toEqual([
      [trust.trustClerk.id, trust.oak, expect.objectContaining({ schoolId: trust.oak, asOf: MINUTES_TODAY, manifestSha256: sha256(parts.get('manifest.json')!) })],
    ]);
  });

  it("lets the school's clerk take their school's pack only; refuses a governor; hides it from another trust", async () => {
    await download(trust.oakClerk.token).expect(200);
    await expectRefusedUnchanged(app, () => app.http.get(url(trust.elm)).set(bearer(trust.oakClerk.token)), 403);
    await expectRefusedUnchanged(app, () => app.http.get(url()).set(bearer(trust.grace.token)), 403);
    const other = await createTrustWithAdmin(app);
    await expectRefusedUnchanged(app, () => app.http.get(url()).set(bearer(other.admin.token)), 404);
  });

  it('answers as of a past day by the dates things happened', async () => {
    const answer = await app.http.get(url(trust.oak, '?asOf=2027-01-31')).set(bearer(trust.admin.token)).buffer(true).parse(binary).expect(200);
    const past = unzip(answer.body as Buffer);
    expect(JSON.parse(past.get('manifest.json')!.toString('utf8')).asOf).toBe('2027-01-31');
    const visits = past.get('visits.csv')!.toString('utf8');
    expect(visits).toContain('2026-12-01,Grace Hall,Last term');
    expect(visits).not.toContain('2027-02-03');
    const register = await app.http.get(`/api/trusts/${trust.id}/schools/${trust.oak}/policies?asOf=2027-01-31`).set(bearer(trust.admin.token)).expect(200);
    expect(JSON.parse(past.get('register.json')!.toString('utf8'))).toEqual(register.body);
  });

  it('refuses a malformed asOf with a 400 naming it, appending nothing', async () => {
    const problem = await expectRefusedUnchanged(app, () => app.http.get(url(trust.oak, '?asOf=2027-02-30')).set(bearer(trust.admin.token)), 400);
    expect(JSON.stringify(problem)).toContain('asOf');
  });

  describe('npm run cli -- verify-evidence-pack (offline)', () => {
    it('says all files match for the pack as downloaded (exit 0)', async () => {
      const file = join(folder, 'good.zip');
      writeFileSync(file, zip);
      const result = await verifyCli(file);
      expect(result).toEqual({ code: 0, out: expect.stringContaining(`All ${parts.size - 2} files match the manifest`) });
      // The sum the audit trail recorded for this download (X-Manifest-SHA256 says the same).
      const recorded = sha256(parts.get('manifest.json')!);
      expect((await verifyCli(file, '--expect', recorded)).code).toBe(0);
      expect(await verifyCli(file, '--expect', '0'.repeat(64))).toEqual({ code: 1, out: expect.stringContaining('this is not the pack that was taken') });
    }, 60_000);

    it('names the file when one byte inside it changed (exit 1)', async () => {
      const changed = new Map(parts);
      const visits = Buffer.from(parts.get('visits.csv')!);
      visits[visits.indexOf('Met the DSL')] ^= 0x20;
      changed.set('visits.csv', visits);
      const file = join(folder, 'one-byte.zip');
      writeFileSync(file, storedZip(changed));
      const result = await verifyCli(file);
      expect(result.code).toBe(1);
      expect(result.out).toContain('visits.csv was changed: its SHA-256 does not match the manifest.');
      expect(result.out).not.toContain('register.csv was changed');
    }, 60_000);

    it('catches a changed manifest (exit 1)', async () => {
      const changed = new Map(parts);
      changed.set('manifest.json', Buffer.from(parts.get('manifest.json')!.toString('utf8').replace('Oak Primary', 'Oak Primarx')));
      const file = join(folder, 'manifest.zip');
      writeFileSync(file, storedZip(changed));
      const result = await verifyCli(file);
      expect(result).toEqual({ code: 1, out: expect.stringContaining('manifest.json was changed: its SHA-256 does not match manifest.sha256.') });
    }, 60_000);
  });

  // Last: it alters the log.
  it("checks the chains of the school's streams and the trust's entries about its policies: an altered entry of another school breaks that school's pack, not this one", async () => {
    const db = new Database(join(app.dataDir, 'events.db'));
    const altered = db
      .prepare("SELECT position, stream_id AS streamId FROM events WHERE type = 'PolicyAdopted' AND json_extract(data, '$.schoolId') = ? LIMIT 1")
      .get(trust.elm) as { position: number; streamId: string };
    db.prepare("UPDATE events SET data = json_set(data, '$.minuteRef', 'FORGED') WHERE position = ?").run(altered.position);
    db.close();
    const chainOf = async (schoolId: string) => {
      const pack = unzip((await download(trust.trustClerk.token, schoolId).expect(200)).body as Buffer);
      return JSON.parse(pack.get('chain-verification.json')!.toString('utf8')).verification as { intact: boolean; streams: number; breaks: { streamId: string }[] };
    };

    const oak = await chainOf(trust.oak);
    expect(oak).toMatchObject({ intact: true, breaks: [] });
    expect(oak.streams).toBeGreaterThan(0);
    const elm = await chainOf(trust.elm);
    expect(elm.intact).toBe(false);
    expect(elm.breaks).toContainEqual(expect.objectContaining({ streamId: altered.streamId, reason: 'altered' }));
  });
});
