import { Injectable } from '@nestjs/common';
import {
  actionDecider,
  ActionFacts,
  actionsAgreedAtVisit,
  currentAction,
  LinkGovernorVisitLoggedData,
  NotFoundError,
  parseVisitActionId,
  streamIds,
} from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from '../trusts/plausible-id';
import { LoggedEntries } from './logged-entries';

/** An action as it stands, and the facts of a visit that agreed it (null when it was opened on its own). */
export interface FoundAction {
  action: ActionFacts;
  agreed: ActionFacts | null;
}

/**
 * Finds an action of the trust from the log: its own stream, or for an action agreed at a visit
 * (id `{visitEventId}_{line}`) the visit that opened it. Another trust's action is not found.
 */
@Injectable()
export class ActionLookup {
  constructor(
    private readonly streams: StreamStates,
    private readonly entries: LoggedEntries,
  ) {}

  async require(trustId: string, actionId: string): Promise<FoundAction> {
    if (!isPlausibleId(actionId)) throw new NotFoundError('Action', actionId);
    const state = await this.streams.stateOf(actionDecider, streamIds.action(actionId));
    const agreed = state.opened ? null : await this.agreedAtVisit(trustId, actionId);
    const action = currentAction(state, agreed);
    if (!action || action.trustId !== trustId) throw new NotFoundError('Action', actionId);
    return { action, agreed };
  }

  private async agreedAtVisit(trustId: string, actionId: string): Promise<ActionFacts | null> {
    const named = parseVisitActionId(actionId);
    if (!named) return null;
    const visit = await this.entries.find(trustId, named.visitEventId);
    if (!visit || visit.type !== 'LinkGovernorVisitLogged') return null;
    const agreed = actionsAgreedAtVisit(named.visitEventId, trustId, visit.data as unknown as LinkGovernorVisitLoggedData);
    return agreed.find((action) => action.actionId === actionId) ?? null;
  }
}
