import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  bearer,
  createTrustWithAdmin,
  loginAs,
  operator,
  STRONG_PASSWORD,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { crashSuite, eventsOfType } from './support/crash-suite';
import { ServerProcess } from './support/server-process';
import { describeOnSqlite } from './support/event-store-under-test';

/**
 * A request killed with the server (SIGKILL, just before or just after its append) and
 * retried with the same Idempotency-Key after a restart gets the answer a normal request
 * would have got, never `409 idempotency-key-in-progress`, and the log holds it exactly once.
 * CRASH_AT=<point>:<key> makes the server SIGKILL itself at that point of that request.
 */
describeOnSqlite('Idempotency-Key across a crash (kill -9 around the append)', 'reads events.db to count the copies', () => {
  const suite = crashSuite('governance-idem-crash-');
  let trust: TestTrust;

  beforeAll(async () => {
    trust = await createTrustWithAdmin((await suite.start()).app);
  });

  for (const point of ['before-append', 'after-append']) {
    it(`adds a school once when the server dies ${point.replace('-', ' ')}`, async () => {
      const key = `school-${point}`;
      const name = `Crash School ${point}`;
      const send = (target: ServerProcess) =>
        target.app.http
          .post(`/api/trusts/${trust.id}/schools`)
          .set({ ...bearer(trust.admin.token), 'Idempotency-Key': key })
          .send({ name });
      await suite.sendThroughCrash(point, key, send);
      expect(eventsOfType(suite.dataDir, 'SchoolAdded').filter((e) => e.data.includes(name))).toHaveLength(
        point === 'after-append' ? 1 : 0,
      );

      const retried = await send(suite.server);
      expect(retried.status).toBe(201);
      const body = retried.body as { id: string; position: string };
      const added = eventsOfType(suite.dataDir, 'SchoolAdded').filter((e) => e.data.includes(name));
      expect(added).toHaveLength(1);
      expect(JSON.parse(added[0].data)).toMatchObject({ schoolId: body.id, name });
      expect(body).toEqual({ id: body.id, position: String(added[0].position) });

      const again = await send(suite.server);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(body);
      expect(eventsOfType(suite.dataDir, 'SchoolAdded').filter((e) => e.data.includes(name))).toHaveLength(1);
    }, 60_000);

    it(`registers a person once, directory included, when the server dies ${point.replace('-', ' ')}`, async () => {
      const key = `person-${point}`;
      const email = uniqueEmail(`crash-${point}`);
      const send = (target: ServerProcess) =>
        target.app.http
          .post(`/api/trusts/${trust.id}/people`)
          .set({ ...operator(), 'Idempotency-Key': key })
          .send({
            name: `Crash Person ${point}`,
            email,
            password: STRONG_PASSWORD,
            roles: [{ role: 'trustee' }],
          });
      await suite.sendThroughCrash(point, key, send);

      const retried = await send(suite.server);
      expect(retried.status).toBe(201);
      const body = retried.body as { id: string; position: string };
      expect(eventsOfType(suite.dataDir, 'PersonRegistered').filter((e) => e.data.includes(body.id))).toHaveLength(
        1,
      );
      const granted = eventsOfType(suite.dataDir, 'RoleGranted').filter((e) => e.data.includes(body.id));
      expect(granted).toHaveLength(1);
      expect(body.position).toBe(String(granted[0].position)); // the last event of the registration
      await loginAs(suite.server.app, { email, password: STRONG_PASSWORD });
      await suite.server.kill('SIGTERM');
      const directory = new Database(join(suite.dataDir, 'directory.db'), { readonly: true });
      const rows = directory.prepare('SELECT person_id FROM people WHERE email = ?').all(email);
      directory.close();
      expect(rows).toEqual([{ person_id: body.id }]);
      await suite.start();
    }, 60_000);
  }
});
