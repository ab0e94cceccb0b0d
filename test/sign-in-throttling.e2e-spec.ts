import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { totpCode } from '../apps/api/src/auth/totp';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  STRONG_PASSWORD,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/*
 * Sign-in throttling that a stranger cannot turn against the owner. supertest always connects
 * from loopback, so a suite that needs several client addresses runs with TRUST_PROXY=loopback
 * and names the address in X-Forwarded-For, as a reverse proxy would; the suite without
 * TRUST_PROXY proves that the same header is then ignored.
 */

const wrong = (i: number) => `not the password ${i}`;
const statusesOf = (responses: Response[]) => responses.map((r) => r.status);

describe('sign-in throttling behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: 'loopback' });
    // The admin signs in here from loopback itself: that address becomes known for the account.
    trust = await createTrustWithAdmin(app);
  });
  afterAll(async () => {
    await app.close();
  });

  let addresses = 0;
  const newAddress = () => `198.51.100.${++addresses}`;
  const login = (body: object, ip?: string) => {
    const call = app.http.post('/api/auth/login');
    return (ip === undefined ? call : call.set('X-Forwarded-For', ip)).send(body);
  };

  it('10 wrong passwords for an email from address A: A waits, the owner at address B signs in at once', async () => {
    const owner = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trust-admin' }]);
    const attacker = newAddress();
    const answers: Response[] = [];
    for (let i = 0; i < 10; i++)
      answers.push(await login({ email: owner.email, password: wrong(i) }, attacker));
    expect(statusesOf(answers)).toEqual([...Array(5).fill(401), ...Array(5).fill(429)]);
    const refused = answers[9];
    expect(refused.body).toMatchObject({ status: 429, type: '/problems/too-many-attempts' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);

    // The owner, somewhere else, is not kept out: no wait, no 429.
    await login({ email: owner.email, password: STRONG_PASSWORD }, newAddress()).expect(200);
    // The attacker's address still waits, even with the right password.
    await login({ email: owner.email, password: STRONG_PASSWORD }, attacker).expect(429);
  });

  it('stops a spray across 30 emails from one address after 20 failures, without locking those accounts', async () => {
    const sprayer = newAddress();
    const victims = await Promise.all(
      Array.from({ length: 3 }, () => addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }])),
    );
    const emails = [
      ...victims.map((victim) => victim.email),
      ...Array.from({ length: 27 }, () => uniqueEmail('spray')),
    ];
    const answers: Response[] = [];
    for (const email of emails) answers.push(await login({ email, password: 'Spring2026!' }, sprayer));
    expect(statusesOf(answers)).toEqual([...Array(20).fill(401), ...Array(10).fill(429)]);
    for (const victim of victims)
      await login({ email: victim.email, password: STRONG_PASSWORD }, newAddress()).expect(200);
  });

  it('slows guesses at one account from many addresses instead of locking it; the owner at a known address is not slowed', async () => {
    const owner = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const burst = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        login({ email: owner.email, password: wrong(i) }, newAddress()),
      ),
    );
    const statuses = statusesOf(burst);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    for (const slowed of burst.filter((r) => r.status === 429)) {
      // Slowed by seconds, not locked for a quarter of an hour.
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(slowed.body.detail).toMatch(/Wait \d+ seconds?/);
    }
    // addSignedInPerson signed in from loopback: that address is known and not slowed.
    await login({ email: owner.email, password: STRONG_PASSWORD }).expect(200);
  });

  it('forgives an address its own failures once the owner signs in from it', async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
    const ip = newAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        await login({ email: person.email, password: wrong(i) }, ip).expect(401);
      await login({ email: person.email, password: STRONG_PASSWORD }, ip).expect(200);
    }
  });

  it('limits one-time codes per account: rotating addresses does not help, the owner at a known address still signs in', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const started = await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    const secret = started.body.secret as string;
    await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: totpCode(secret, new Date()) })
      .expect(201);
    // Someone with the password guesses codes, a new address each time.
    const guesses: Response[] = [];
    for (let i = 0; i < 7; i++)
      guesses.push(
        await login({ email: person.email, password: STRONG_PASSWORD, totp: '000000' }, newAddress()),
      );
    expect(statusesOf(guesses)).toEqual([...Array(5).fill(401), 429, 429]);
    // The owner signs in from loopback, where they signed in before, with the next code.
    const next = totpCode(secret, new Date(Date.now() + 30_000));
    await login({ email: person.email, password: STRONG_PASSWORD, totp: next }).expect(200);
  });

  it('remembers the addresses a person signs in from, and forgets them when the person is erased', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await login({ email: person.email, password: STRONG_PASSWORD }, newAddress()).expect(200);
    const rows = () => {
      const db = new Database(join(app.dataDir, 'directory.db'), { readonly: true });
      try {
        return db
          .prepare('SELECT address FROM known_sign_in_addresses WHERE person_id = ? ORDER BY address')
          .pluck()
          .all(person.id);
      } finally {
        db.close();
      }
    };
    expect(rows()).toEqual(['127.0.0.1', `198.51.100.${addresses}`]);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}`)
      .set(bearer(trust.admin.token))
      .expect(201);
    expect(rows()).toEqual([]);
  });
});

describe('sign-in throttling without TRUST_PROXY (the default)', () => {
  let app: TestApp;
  const output: string[] = [];
  let capture: jest.SpyInstance | undefined;
  beforeAll(async () => {
    capture = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
    app = await startTestApp({ LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    capture?.mockRestore();
    await app.close();
  });

  it('ignores X-Forwarded-For: rotating it does not escape the per-address limit, and says so once', async () => {
    const answers: Response[] = [];
    for (let i = 0; i < 25; i++)
      answers.push(
        await app.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: uniqueEmail('rotate'), password: 'Spring2026!' }),
      );
    expect(statusesOf(answers)).toEqual([...Array(20).fill(401), ...Array(5).fill(429)]);
    const warnings = output.join('').split('\n').filter((line) => line.includes('TRUST_PROXY is not set'));
    expect(warnings).toHaveLength(1);
  });
});

describe('TRUST_PROXY names the proxies whose X-Forwarded-For counts', () => {
  it('believes the header from 127.0.0.1 when TRUST_PROXY=127.0.0.1', async () => {
    const app = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
    try {
      for (let i = 0; i < 25; i++)
        await app.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: uniqueEmail('proxied'), password: 'Spring2026!' })
          .expect(401);
    } finally {
      await app.close();
    }
  });

  it('ignores the header from a peer that is not one of the named proxies', async () => {
    const app = await startTestApp({ TRUST_PROXY: '10.0.0.5' });
    try {
      const answers: Response[] = [];
      for (let i = 0; i < 21; i++)
        answers.push(
          await app.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', `203.0.113.${i + 1}`)
            .send({ email: uniqueEmail('unproxied'), password: 'Spring2026!' }),
        );
      expect(answers.at(-1)?.status).toBe(429);
    } finally {
      await app.close();
    }
  });
});
