import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogOnlyMailer } from '../mail/mailer';
import { reminderMessageId } from '../mail/message-id';
import { SmtpMailer } from '../mail/smtp-mailer';
import { openNotificationsDatabase } from '../notifications-database';
import { LoopbackSmtpServer } from '../testing/loopback-smtp-server';
import { MAX_ATTEMPTS } from './backoff';
import { OutboxDispatcher } from './dispatcher';
import { NewOutboxMessage, Outbox } from './outbox';

const t0 = new Date('2026-11-24T06:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

function message(key: string, personId = 'person-1'): NewOutboxMessage {
  return {
    key,
    trustId: 'trust-1',
    personId,
    reviewKey: 'school:s1:p1@2027-03-31',
    step: 'due',
    stepOrder: '2026-11-24:0',
    subject: `Review due: ${key}`,
    body: 'The review is due.\n',
    messageId: reminderMessageId(key, 'localhost'),
  };
}

describe('outbox and dispatcher against a real SMTP server on loopback', () => {
  let dir: string;
  let db: Database.Database;
  let outbox: Outbox;
  let smtp: LoopbackSmtpServer;
  let mailer: SmtpMailer;
  const warnings: string[] = [];
  const people: Record<string, { address: string; name: string | null }> = {
    'person-1': { address: 'head@libra.example.org', name: 'Ada Head' },
    'person-2': { address: 'governor@libra.example.org', name: null },
  };
  const dispatcher = () =>
    new OutboxDispatcher({
      outbox,
      mailer,
      from: 'Governance tracker <reminders@example.org>',
      recipientOf: (id) => people[id],
      log: { log: () => undefined, warn: (m) => warnings.push(m) },
      now: () => t0,
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    db = openNotificationsDatabase(join(dir, 'notifications.db'), 'NORMAL');
    outbox = new Outbox(db);
    smtp = new LoopbackSmtpServer();
    mailer = new SmtpMailer(await smtp.start());
  });
  afterEach(async () => {
    mailer.close();
    await smtp.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one row per dedupe key and sends each exactly once, with its Message-ID', async () => {
    expect(outbox.enqueue(message('a'), t0)).toBe(true);
    expect(outbox.enqueue(message('a'), t0)).toBe(false);
    expect(outbox.enqueue(message('b', 'person-2'), t0)).toBe(true);
    expect(await dispatcher().dispatchDue()).toMatchObject({ sent: 2 });
    expect(await dispatcher().dispatchDue(minutes(60))).toMatchObject({ sent: 0 });
    expect(smtp.accepted.map((e) => e.messageId).sort()).toEqual(
      [reminderMessageId('a', 'localhost'), reminderMessageId('b', 'localhost')].sort(),
    );
    expect(smtp.accepted.find((e) => e.messageId === reminderMessageId('a', 'localhost'))?.to).toEqual([
      'head@libra.example.org',
    ]);
    expect(smtp.accepted[0].raw).toMatch(/^Auto-Submitted: auto-generated/m);
    expect(outbox.list().map((m) => m.status)).toEqual(['sent', 'sent']);
  });

  it('retries a temporary refusal with backoff, then sends once', async () => {
    outbox.enqueue(message('a'), t0);
    let refusals = 1;
    smtp.verdict = () => (refusals-- > 0 ? { kind: 'refuse', code: 451, message: 'Try again later' } : { kind: 'accept' });
    expect(await dispatcher().dispatchDue()).toMatchObject({ retrying: 1 });
    expect(outbox.get('a')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: minutes(1).toISOString() });
    expect(outbox.get('a')?.lastError).toMatch(/451/);
    expect(await dispatcher().dispatchDue(minutes(0.5))).toMatchObject({ sent: 0, retrying: 0 });
    expect(await dispatcher().dispatchDue(minutes(1))).toMatchObject({ sent: 1 });
    expect(smtp.accepted).toHaveLength(1);
    expect(outbox.get('a')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up at once on a permanent refusal, and after the last attempt on temporary ones', async () => {
    outbox.enqueue(message('permanent'), t0);
    outbox.enqueue(message('temporary', 'person-2'), t0);
    smtp.verdict = (email) =>
      email.to.includes('head@libra.example.org')
        ? { kind: 'refuse', code: 550, message: 'No such mailbox' }
        : { kind: 'refuse', code: 421, message: 'Busy' };
    let at = t0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await dispatcher().dispatchDue(at);
      at = new Date(outbox.get('temporary')!.nextAttemptAt);
    }
    expect(outbox.get('permanent')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(outbox.get('temporary')).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(warnings.some((w) => w.includes('failed for good'))).toBe(true);
  });

  it('sends a message interrupted between SMTP and recording again, with the same Message-ID', async () => {
    outbox.enqueue(message('a'), t0);
    // What a crash leaves behind: claimed (sending), handed to SMTP, outcome never recorded.
    expect(outbox.claim('a')).toBe(true);
    await mailer.send({ to: people['person-1'], from: 'x@example.org', subject: 's', text: 't', messageId: reminderMessageId('a', 'localhost') });
    expect(await dispatcher().dispatchDue()).toMatchObject({ sent: 0 });
    expect(outbox.requeueInterrupted(t0)).toBe(1);
    expect(await dispatcher().dispatchDue()).toMatchObject({ sent: 1 });
    expect(new Set(smtp.accepted.map((e) => e.messageId))).toEqual(new Set([reminderMessageId('a', 'localhost')]));
    expect(outbox.get('a')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('cancels a message whose recipient has no address any more, and only logs without SMTP', async () => {
    outbox.enqueue(message('gone', 'person-erased'), t0);
    outbox.enqueue(message('logged'), t0);
    const logged: string[] = [];
    const logOnly = new OutboxDispatcher({
      outbox,
      mailer: new LogOnlyMailer((line) => logged.push(line)),
      from: 'x@example.org',
      recipientOf: (id) => people[id],
      log: { log: () => undefined, warn: () => undefined },
      now: () => t0,
    });
    expect(await logOnly.dispatchDue()).toMatchObject({ logged: 1, cancelled: 1 });
    expect(outbox.get('gone')?.status).toBe('cancelled');
    expect(outbox.get('logged')?.status).toBe('logged');
    expect(logged.join('\n')).not.toContain('head@libra.example.org');
    expect(smtp.received).toHaveLength(0);
  });
});
