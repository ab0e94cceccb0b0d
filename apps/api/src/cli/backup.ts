import { AppConfig } from '../config/app-config';
import { backup } from '../backup/take-backup';
import { restore } from '../backup/restore-backup';
import { BACKUP_PLAN, DATA_DIR_FILES } from '../data-dir/data-dir-files';

export { backup } from '../backup/take-backup';
export { restore } from '../backup/restore-backup';
export type { BackupManifest } from '../backup/backup-manifest';

/** `backup <folder>`: the operator's view of what was saved, in plain words. */
export async function backupCommand(config: AppConfig, args: string[]): Promise<number> {
  const target = args.find((arg) => !arg.startsWith('--'));
  if (!target) throw new Error('Say where to write the backup: npm run cli -- backup <new folder>');
  if (config.eventStore !== 'sqlite') {
    throw new Error(
      'The event log is in EventStoreDB, not in DATA_DIR: back it up with EventStoreDB\'s own tools. ' +
        'This command backs up the embedded (SQLite) store only.',
    );
  }
  const { manifest, leftOut } = await backup(config.dataDir, target, { localDir: config.localDir });
  console.log(`Backup saved in ${target}`);
  for (const file of manifest.files) {
    const step = BACKUP_PLAN.find((candidate) => DATA_DIR_FILES[candidate.file] === file.name);
    console.log(`  ${file.name.padEnd(18)} ${size(file.bytes).padStart(9)}  ${step?.holds ?? ''}`);
  }
  console.log(`Everything recorded up to event number ${manifest.eventLogHead} is in this backup.`);
  for (const file of leftOut) console.log(`Not in the backup: ${file.name} (${file.reason}).`);
  console.log('Keep this folder private: it holds personal data and the server\'s secrets.');
  console.log('Settings kept outside the data folder (TOKEN_SECRET, TAMPER_KEY or TAMPER_KEY_FILE) are not in it: keep them safe too.');
  return 0;
}

/** `restore <folder> [--force]`: checks the backup, puts it in DATA_DIR and says what it did. */
export function restoreCommand(config: AppConfig, args: string[]): number {
  const { dataDir, localDir } = config;
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (!folder) throw new Error('Say which backup to restore: npm run cli -- restore <backup folder> [--force]');
  const report = restore(folder, dataDir, { force: args.includes('--force'), localDir });
  const { settlement } = report;
  const into = localDir === dataDir ? dataDir : `${dataDir} (read models into LOCAL_DIR ${localDir})`;
  console.log(`Restored the backup of ${report.createdAt} into ${into} (every file matched its checksum).`);
  console.log(`The event log ends at event number ${settlement.eventLogHead}.`);
  if (settlement.readModelsRemoved) {
    console.log('The read models were newer than the event log, so they were removed: the server rebuilds them when it starts.');
  }
  if (settlement.unregisteredPeopleRemoved > 0) {
    console.log(
      `Removed ${settlement.unregisteredPeopleRemoved} person record(s) whose registration is not in the event log ` +
        '(they were being added at the moment of the backup).',
    );
  }
  if (settlement.erasuresFinished > 0) {
    console.log(`Finished ${settlement.erasuresFinished} erasure(s) of personal data that the event log records.`);
  }
  console.log(`Start the server with DATA_DIR=${dataDir}${localDir === dataDir ? '' : ` and LOCAL_DIR=${localDir}`}.`);
  return 0;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
