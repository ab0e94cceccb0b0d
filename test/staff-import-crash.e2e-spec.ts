import { bearer, createTrustWithAdmin, headPosition, TestTrust, uniqueEmail } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { crashSuite, eventsOfType } from './support/crash-suite';
import { ServerProcess } from './support/server-process';

/**
 * A staff import cut off by a crash (SIGKILL just before or just after its first person's
 * append) is finished by applying the file again: everyone ends up registered once, with the
 * staff role, and a further apply appends nothing.
 */
describeOnSqlite('staff import across a crash (kill -9 around the first append)', 'reads events.db to count the registrations', () => {
  const suite = crashSuite('governance-staff-crash-');
  let trust: TestTrust;

  beforeAll(async () => {
    trust = await createTrustWithAdmin((await suite.start()).app, { schools: 1 });
  });

  const registrations = () => eventsOfType(suite.dataDir, 'PersonRegistered').length;

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

      await suite.sendThroughCrash(point, key, (crashing) => send(crashing, { 'Idempotency-Key': key }));
      const server = suite.server;
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
