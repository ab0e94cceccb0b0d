import { ForbiddenException } from '@nestjs/common';
import { Actor } from '../auth/actor';

/**
 * Whose visit or report this is (API.md: the link governor as themselves, or a trust admin).
 * A trust admin may record one for a named governor; anyone else records their own.
 */
export function actingGovernorId(actor: Actor, requested: string | undefined): string {
  if (actor.kind !== 'person') throw new ForbiddenException('Only a person can record a visit or report.');
  const isTrustAdmin = actor.roles.some((grant) => grant.role === 'trust-admin' && !grant.schoolId);
  if (requested === undefined || requested === actor.personId) return actor.personId;
  if (!isTrustAdmin) {
    throw new ForbiddenException('A link governor records their own visits and reports; governorId must be you or left out.');
  }
  return requested;
}
