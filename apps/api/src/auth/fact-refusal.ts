import { ForbiddenException } from '@nestjs/common';
import { FactOutcome } from '@governance/domain';

/** The value an access fact allows, or the 403 it refuses with, in the fact's own words. */
export function allowedOrForbidden<T>(outcome: FactOutcome<T>): T {
  if (!outcome.allowed) throw new ForbiddenException(outcome.detail);
  return outcome.value;
}
