import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, createTrustWithAdmin, headPosition, TestTrust, uniqueEmail } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { ServerProcess, startServerProcess } from './support/server-process';

/**
 * A staff import cut off by a crash (SIGKILL just before or just after its first person's
 * append) is finished by applying the file again: everyone ends up registered once, with the
 * staff role, and a further apply appends nothing.
 */
describeOnSqlite('staff import across a crash (kill -9 around the first append)', 'reads events.db to count the registrations', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-staff-crash-'));
  let server: ServerProcess;
  let trust: TestTrust;
  afterAll(async () => {
    await server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    server = await startServerProcess(dataDir);
    trust = await createTrustWithAdmin(server.app, { schools: 1 });
  });

  function registrations(): number {
    const db = new Database(join(dataDir, 'events.db'), { readonly: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'PersonRegistered'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  for (const point of ['before-append', 'after-append']) {
    it(`applying the file again after a crash ${point.replace('-', ' ')} registers each person once (same key, then no key)`, async () => {
      const key = `staff-${point}`;
      const emails = [uniqueEmail('crash-a'), uniqueEmail('crash-b'), uniqueEmail('crash-c')];
      const csv = `Name,Email,Role\n${emails.map((email, i) => `Person ${i},${email},Teacher`).join('\n')}\n`;
      const send = (target: ServerProcess, headers: Record<string, string>) =>
        target.app.http
          .post(`/api/trusts/${trust.id}/schools/${trust.schools[0]}/staff-imports`)
          .set({ ...bearer(trust.admin.token), ...headers })
          .field('apply', 'true')
          .attach('file', Buffer.from(csv), { filename: 'staff.csv', contentType: 'text/csv' });
      const before = registrations();

      await server.kill('SIGTERM');
      const crashing = await startServerProcess(dataDir, { CRASH_AT: `${point}:${key}` });
      await expect(Promise.resolve(send(crashing, { 'Idempotency-Key': key }))).rejects.toThrow();
      expect(await crashing.exited).toBeNull();
      server = await startServerProcess(dataDir);
      expect(registrations() - before).toBe(point === 'after-append' ? 1 : 0);

      const retried = await send(server, { 'Idempotency-Key': key });
      expect(retried.status).toBe(201);
      expect(registrations() - before).toBe(3);
      const people = (await server.app.http.get(`/api/trusts/${trust.id}/people`).set(bearer(trust.admin.token)).expect(200)).body as { email: string; roles: unknown[] }[];
      for (const email of emails) {
        const matching = people.filter((person) => person.email === email);
        expect(matching).toEqual([expect.objectContaining({ roles: [{ role: 'staff', schoolId: trust.schools[0] }] })]);
      }

      const position = await headPosition(server.app);
      const again = await send(server, {});
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ added: [], changed: [], leaving: [], unchanged: 3 });
      expect(await headPosition(server.app)).toBe(position);
    }, 60_000);
  }
});
