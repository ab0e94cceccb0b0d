import type { Response } from 'express';
import { RequestOrigin } from '../auth/command-origin.decorator';
import { CommandOrigin } from '../commands/command-executor';
import type { WriteAnswer } from '@governance/contracts';

/** What a write handler reports: the id written to, the log position, and whether anything changed. */
export interface WriteOutcome {
  id: string;
  position: bigint;
  changed: boolean;
}

export type { WriteAnswer };

/** An update's answer (PATCH): always 200, saying whether anything changed (API.md's Set-up table). */
export interface UpdateAnswer extends WriteAnswer {
  changed: boolean;
}

/** PATCH answers 200 whether or not the values were new; `changed` tells them apart. */
export function answerUpdate(response: Response, outcome: WriteOutcome): UpdateAnswer {
  response.status(200);
  return { id: outcome.id, position: String(outcome.position), changed: outcome.changed };
}

/** 201 when events were appended, 200 when the command changed nothing (API.md). */
export function answerWrite(response: Response, outcome: WriteOutcome): WriteAnswer {
  response.status(outcome.changed ? 201 : 200);
  return { id: outcome.id, position: String(outcome.position) };
}

/** Event metadata for a command sent from a request, for the given trust (and school). */
export function commandOrigin(
  origin: RequestOrigin,
  trustId: string,
  schoolId?: string,
): CommandOrigin {
  return {
    trustId,
    ...((schoolId ?? origin.schoolId) ? { schoolId: schoolId ?? origin.schoolId } : {}),
    actor: origin.actor,
    correlationId: origin.correlationId,
  };
}

/** The route's :trustId; the access guard has already checked it. */
export function routeTrustId(origin: RequestOrigin): string {
  if (!origin.trustId) throw new Error('This command needs a route with :trustId');
  return origin.trustId;
}
