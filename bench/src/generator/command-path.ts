import 'reflect-metadata';
import type { EventStore } from '@governance/event-store';
import type { Actor } from '../../../apps/api/src/auth/actor';
import type { PersonRole as Role } from '@governance/domain';
import { Clock } from '../../../apps/api/src/clock/clock';
import { CommandExecutor, CommandOrigin } from '../../../apps/api/src/commands/command-executor';
import { StreamStates } from '../../../apps/api/src/commands/stream-states';
import { dateOf, instantOf } from './days';
import { Step, StepOrigin } from './step';

/** The clock of a replayed history: "today" is the day of the step being executed. */
export class SimulatedClock extends Clock {
  private instant = new Date(0);
  private day = '1970-01-01';

  set(step: Step): void {
    this.instant = instantOf(step.day, step.seq);
    this.day = dateOf(step.day);
  }

  now(): Date {
    return this.instant;
  }

  today(): string {
    return this.day;
  }
}

export interface CommandRun {
  commands: number;
  events: number;
  seconds: number;
  /** Milliseconds per command, in execution order. */
  latencies: number[];
  /** How many events each command appended (0 when the decider found nothing to change). */
  eventsPerCommand: number[];
}

/**
 * Executes steps through the product's write path, CommandExecutor: read the stream, fold,
 * decide, chain the hashes, append with the expected revision. One command at a time, as one
 * request after another would. With `remember: false` no folded state outlives its command, so
 * every command reads its whole stream from the log, as the first one on a stream after a restart.
 */
export async function executeSteps(store: EventStore, steps: readonly Step[], options: { remember?: boolean } = {}): Promise<CommandRun> {
  const clock = new SimulatedClock();
  const states = new StreamStates(store);
  const executor = new CommandExecutor(store, clock, states);
  const remember = options.remember ?? true;
  const latencies: number[] = [];
  const eventsPerCommand: number[] = [];
  let events = 0;
  let correlation = 0;
  const started = process.hrtime.bigint();
  for (const step of steps) {
    clock.set(step);
    const before = process.hrtime.bigint();
    const result = await executor.execute(step.decider, step.streamId, step.command, originOf(step.origin, `bench-${(correlation += 1)}`));
    latencies.push(Number(process.hrtime.bigint() - before) / 1e6);
    // As after a restart: the next command on this stream reads and folds it from the log.
    if (!remember) states.forget(step.decider, step.streamId);
    eventsPerCommand.push(result.events.length);
    events += result.events.length;
  }
  return { commands: steps.length, events, seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies, eventsPerCommand };
}

/** The CommandOrigin a request by this actor would carry; actorRoleOf then writes the same role. */
export function originOf(origin: StepOrigin, correlationId: string): CommandOrigin {
  const actor: Actor =
    origin.actorRole === 'operator'
      ? { kind: 'operator', actorId: 'operator' }
      : {
          kind: 'person',
          actorId: origin.actorId,
          personId: origin.actorId,
          trustId: origin.trustId,
          // The review scan's "system" role is not a person's role; it only labels the metadata.
          roles: [{ role: origin.actorRole as Role, ...(origin.schoolId ? { schoolId: origin.schoolId } : {}) }],
        };
  return { trustId: origin.trustId, ...(origin.schoolId ? { schoolId: origin.schoolId } : {}), actor, correlationId };
}
