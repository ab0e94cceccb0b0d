import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadModelMemo } from './read-model-memo';

describe('ReadModelMemo', () => {
  let dir: string;
  let db: Database.Database;
  let other: Database.Database;
  let computed = 0;
  const count = (memo: ReadModelMemo) =>
    memo.answer('count', () => {
      computed += 1;
      return { n: (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, list: [1, 2] };
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-memo-'));
    db = new Database(join(dir, 'rm.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER)');
    other = new Database(join(dir, 'rm.db'));
    computed = 0;
  });
  afterEach(() => {
    other.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers from memory while nothing changed', () => {
    const memo = new ReadModelMemo(db);
    expect(count(memo)).toEqual({ n: 0, list: [1, 2] });
    expect(count(memo)).toBe(count(memo));
    expect(computed).toBe(1);
  });

  it('computes again after a write on the same connection (the projection runner)', () => {
    const memo = new ReadModelMemo(db);
    count(memo);
    db.prepare('INSERT INTO t VALUES (1)').run();
    expect(count(memo).n).toBe(1);
    expect(computed).toBe(2);
  });

  it('computes again after a commit by another connection (a rebuild from the command line)', () => {
    const memo = new ReadModelMemo(db);
    count(memo);
    other.prepare('INSERT INTO t VALUES (1)').run();
    expect(count(memo).n).toBe(1);
    other.exec('CREATE TABLE u (y INTEGER)');
    count(memo);
    expect(computed).toBe(3);
  });

  it('computes again after a schema change on the same connection (a read model rebuilt in place)', () => {
    const memo = new ReadModelMemo(db);
    count(memo);
    db.exec('CREATE TABLE u (y INTEGER)');
    count(memo);
    expect(computed).toBe(2);
  });

  it('hands out frozen answers, so no caller can change the next caller’s', () => {
    const answer = count(new ReadModelMemo(db));
    expect(Object.isFrozen(answer)).toBe(true);
    expect(() => answer.list.push(3)).toThrow(TypeError);
  });

  it('keeps at most its capacity, forgetting the oldest first', () => {
    const memo = new ReadModelMemo(db, 2);
    for (const key of ['a', 'b', 'c', 'a']) memo.answer(key, () => (computed += 1));
    expect(computed).toBe(4);
  });
});
