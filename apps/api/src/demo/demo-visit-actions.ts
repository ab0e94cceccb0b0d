import { CommandBus } from '@nestjs/cqrs';
import { LocalDate, visitActionId } from '@governance/domain';
import { EventStore } from '@governance/event-store';
import { CompleteActionCommand } from '../actions/commands/complete-action';
import { DemoCast, demoOrigin } from './demo-cast';
import { DemoTimeline } from './demo-timeline';

/**
 * The actions the demo's visits agreed (each visit's "actions agreed" line becomes an action of
 * the school's headteacher, in the visit's own event): most of them done before the next visit,
 * with a note, the rest still open.
 */
export class DemoVisitActions {
  private readonly visitEventIds = new Map<string, string>();

  constructor(
    private readonly commands: CommandBus,
    private readonly store: EventStore,
    private readonly timeline: DemoTimeline,
    private readonly cast: DemoCast,
  ) {}

  /** Remembers the event a visit was recorded as (the action's id is made from it). */
  async logged(visitKey: string, position: bigint): Promise<void> {
    const [event] = await this.store.readAll({ after: position - 1n, maxCount: 1 });
    if (!event || event.type !== 'LinkGovernorVisitLogged') throw new Error(`Demo visit ${visitKey} was not recorded at ${position}`);
    this.visitEventIds.set(visitKey, event.id);
  }

  /** The headteacher marks the visit's (one) action done on `completedOn`, with a note. */
  complete(visitKey: string, headteacher: string, completedOn: LocalDate, note: string): void {
    this.timeline.on(completedOn, () => {
      const visitEventId = this.visitEventIds.get(visitKey);
      if (!visitEventId) throw new Error(`Demo visit ${visitKey} is not recorded yet`);
      return this.commands.execute(new CompleteActionCommand(demoOrigin(this.cast.person(headteacher), this.cast.trustId), visitActionId(visitEventId, 1), { completedOn, note }));
    });
  }
}
