import { CheckpointBody, publicKeyId } from '@governance/event-store';
import { AppConfig } from '../config/app-config';
import { CheckpointStore } from './checkpoint-store';
import { loadTamperKeys, TamperKeys } from './tamper-keys';

/**
 * The server's tamper-evidence keys, refused before anything starts when they do not fit the
 * checkpoints already in DATA_DIR: a signed log must not quietly go on unsigned, or under a
 * different key, because a setting went missing or changed.
 */
export function loadServerTamperKeys(config: AppConfig): TamperKeys {
  const keys = loadTamperKeys(config);
  const existing = CheckpointStore.openIfExists(config.dataDir);
  const latest = existing?.latest();
  existing?.close();
  if (!latest) return keys;
  const signer = (JSON.parse(latest.body) as Partial<CheckpointBody>).signer;
  if (!keys.publicKey) {
    throw new Error(
      'This DATA_DIR has signed tamper-evidence checkpoints, but neither TAMPER_KEY nor TAMPER_KEY_FILE is set. ' +
        'Set the key the log was written with.',
    );
  }
  if (signer !== publicKeyId(keys.publicKey)) {
    throw new Error(
      `The tamper-evidence checkpoints in DATA_DIR were signed with key ${String(signer)}, but TAMPER_KEY/TAMPER_KEY_FILE give key ` +
        `${publicKeyId(keys.publicKey)}. Set the key the log was written with (changing keys is not supported yet).`,
    );
  }
  return keys;
}
