import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/actor';
import { CatalogTrust, TrustCatalog } from '../trust-catalog';
import { TrustReader } from '../trust-reader';

/** Every trust for the operator; a person's own trust for anyone else. */
@Injectable()
export class ListTrustsQuery {
  constructor(
    private readonly catalog: TrustCatalog,
    private readonly trusts: TrustReader,
  ) {}

  async execute(actor: Actor): Promise<CatalogTrust[]> {
    if (actor.kind === 'operator') return this.catalog.list();
    const trust = await this.trusts.load(actor.trustId);
    return trust.exists ? [{ id: trust.trustId, name: trust.name }] : [];
  }
}
