import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { chooseCatalogueEntries, DomainError, policyDecider, registerFromCatalogue, streamIds } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { Inject } from '@nestjs/common';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { deterministicEventId } from '../../commands/name-based-id';
import { commandOrigin, routeTrustId } from '../../trusts/write-answer';
import { PolicyReader } from '../policy-reader';

export interface CatalogueOutcome {
  added: { key: string; id: string; title: string }[];
  /** Entries the trust already has (added before, by this or another request). */
  alreadyPresent: { key: string; id: string; title: string }[];
  position: bigint;
  changed: boolean;
}

export class AddFromCatalogueCommand extends Command<CatalogueOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    /** Catalogue keys; absent means the whole catalogue. */
    readonly keys: string[] | undefined,
  ) {
    super();
  }
}

/**
 * Registers starter-catalogue entries as the trust's policies. Each entry gets an id derived
 * from the trust and the key, so asking twice (or two admins at once) adds each entry once.
 */
@CommandHandler(AddFromCatalogueCommand)
export class AddFromCatalogueHandler implements ICommandHandler<AddFromCatalogueCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PolicyReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ origin, keys }: AddFromCatalogueCommand): Promise<CatalogueOutcome> {
    const trustId = routeTrustId(origin);
    const entries = chooseCatalogueEntries(keys);
    const outcome: CatalogueOutcome = { added: [], alreadyPresent: [], position: 0n, changed: false };
    for (const entry of entries) {
      const policyId = catalogueTrustPolicyId(trustId, entry.key);
      const listed = { key: entry.key, id: policyId, title: entry.title };
      if ((await this.policies.load(policyId)).registered) {
        outcome.alreadyPresent.push(listed);
        continue;
      }
      const result = await this.executor
        .execute(policyDecider, streamIds.policy(policyId), registerFromCatalogue(entry, { policyId, trustId }), commandOrigin(origin, trustId))
        .catch((error: unknown) => {
          // Another request added it between our read and our append.
          if (error instanceof DomainError && error.code === 'already-registered') return null;
          throw error;
        });
      if (result === null) {
        outcome.alreadyPresent.push(listed);
        continue;
      }
      outcome.added.push(listed);
      outcome.position = result.position;
      outcome.changed = true;
    }
    if (!outcome.changed) outcome.position = await this.store.headPosition();
    return outcome;
  }
}

/** The id of a trust's copy of a catalogue entry: the same whoever adds it, however often. */
export function catalogueTrustPolicyId(trustId: string, key: string): string {
  return deterministicEventId(`catalogue/${trustId}/${key}`);
}
