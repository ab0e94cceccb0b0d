import { SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { AccessEntry, AccessKey, accessEntry } from '@governance/domain';

export const ACCESS_KEY = 'governance:access-key';

/**
 * Names the route's entry in the access table (libs/domain/src/access/access-table.ts), which
 * says who may call it; the global AccessGuard applies it. Every route names one.
 */
export const Access = (key: AccessKey) => SetMetadata(ACCESS_KEY, key);

/** The access entry a handler (or its controller) names, if any. */
export function accessEntryOf(
  reflector: Reflector,
  targets: Parameters<Reflector['getAllAndOverride']>[1],
): AccessEntry | undefined {
  const key = reflector.getAllAndOverride<AccessKey | undefined>(ACCESS_KEY, targets);
  return key === undefined ? undefined : accessEntry(key);
}
