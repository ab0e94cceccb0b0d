import { Injectable } from '@nestjs/common';
import type { ActionItem, ActionStatus } from '@governance/contracts';
import { Actor, readableSchools } from '@governance/domain';
import { ActionRow, ActionsQuery } from '@governance/projections';
import { Clock } from '../../clock/clock';
import { PeopleDirectory } from '../../directory/people-directory';

/** Adds each owner's name from the directory (names stay out of the log). */
export function withOwnerNames(rows: readonly ActionRow[], directory: PeopleDirectory): ActionItem[] {
  const names = new Map<string, string | null>();
  const nameOf = (personId: string) => {
    if (!names.has(personId)) names.set(personId, directory.findById(personId)?.name ?? null);
    return names.get(personId) ?? null;
  };
  return rows.map((row) => ({ ...row, ownerName: nameOf(row.ownerId) }));
}

/** GET /trusts/:trustId/actions: the trust's actions the caller may read, by status, owner and school, as of the Clock's today. */
@Injectable()
export class ActionsListQuery {
  constructor(
    private readonly actions: ActionsQuery,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  execute(trustId: string, actor: Actor, filter: { status?: ActionStatus; ownerId?: string; schoolId?: string }): ActionItem[] {
    const rows = this.actions.list(trustId, this.clock.today(), { ...filter, readable: readableSchools(actor) });
    return withOwnerNames(rows, this.directory);
  }
}

/** GET /me/actions: the signed-in person's own actions, open ones first. */
@Injectable()
export class MyActionsQuery {
  constructor(
    private readonly actions: ActionsQuery,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  execute(actor: Actor): ActionItem[] {
    if (actor.kind !== 'person') return [];
    return withOwnerNames(this.actions.ownedBy(actor.trustId, actor.personId, this.clock.today()), this.directory);
  }
}
