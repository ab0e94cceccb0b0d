import type { AskedAccessKey } from '@governance/contracts';
import { AccessKey } from '@governance/domain';

/**
 * The web app asks GET /api/me's `may` about these access-table entries by name. Renaming or
 * removing one of them in ACCESS without the contract fails to compile here.
 */
type EveryAskedKeyIsAnEntry = [AskedAccessKey] extends [AccessKey] ? true : never;
export const ASKED_KEYS_ARE_ACCESS_ENTRIES: EveryAskedKeyIsAnEntry = true;
