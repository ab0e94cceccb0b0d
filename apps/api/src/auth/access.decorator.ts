import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Reflector } from '@nestjs/core';
import { AccessEntry, AccessKey, accessEntry } from '@governance/domain';

export const ACCESS_KEY = 'governance:access-key';

/**
 * Names the route's entry in the access table (libs/domain/src/access/access-table.ts), which
 * says who may call it; the global AccessGuard applies it. Every route names one. The entry
 * is shown in the OpenAPI document as `x-access`, so a client sees who may call what.
 */
export const Access = (key: AccessKey) => {
  const { says, scope, roles, operator, facts } = accessEntry(key);
  return applyDecorators(
    SetMetadata(ACCESS_KEY, key),
    ApiExtension('x-access', { entry: key, says, scope, roles, operator, facts }),
  );
};

/** The access entry a handler (or its controller) names, if any. */
export function accessEntryOf(
  reflector: Reflector,
  targets: Parameters<Reflector['getAllAndOverride']>[1],
): AccessEntry | undefined {
  const key = reflector.getAllAndOverride<AccessKey | undefined>(ACCESS_KEY, targets);
  return key === undefined ? undefined : accessEntry(key);
}
