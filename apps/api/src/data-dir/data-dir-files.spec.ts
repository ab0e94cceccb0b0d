import { BACKUP_PLAN, DATA_DIR_FILES, DataDirFile, folderOf, LOCAL_DIR_FILES, NOT_BACKED_UP } from './data-dir-files';

describe('the files of DATA_DIR', () => {
  const planned = BACKUP_PLAN.map((step) => step.file);
  const leftOut = Object.keys(NOT_BACKED_UP) as DataDirFile[];

  it('are each either backed up or left out with a reason, never both', () => {
    expect([...planned, ...leftOut].sort()).toEqual((Object.keys(DATA_DIR_FILES) as DataDirFile[]).sort());
    expect(new Set(Object.values(DATA_DIR_FILES)).size).toBe(Object.keys(DATA_DIR_FILES).length);
  });

  it('are pinned with every store written after the log before it, and the directory after it', () => {
    const at = (file: DataDirFile) => planned.indexOf(file);
    for (const file of ['readModels', 'notifications', 'idempotency'] as const) expect(at(file)).toBeLessThan(at('events'));
    expect(at('directory')).toBeGreaterThan(at('events'));
  });

  it('put only what is derived from the log in LOCAL_DIR, and the log and everything else in DATA_DIR', () => {
    expect([...LOCAL_DIR_FILES].sort()).toEqual(['persistedAnswers', 'readModelCheckpoints', 'readModels']);
    const folders = { dataDir: '/srv/data', localDir: '/srv/local' };
    expect(folderOf('readModels', folders)).toBe('/srv/local');
    for (const file of ['events', 'directory', 'notifications', 'idempotency', 'tamperCheckpoints', 'secrets', 'documents'] as const) {
      expect(folderOf(file, folders)).toBe('/srv/data');
    }
  });
});
