import { Injectable } from '@nestjs/common';
import type { MyReading } from '@governance/contracts';
import { Actor } from '@governance/domain';
import { AcknowledgementsQuery } from '@governance/projections';

/** GET /me/reading: what the signed-in person must read and acknowledge across the schools where they are staff. */
@Injectable()
export class MyReadingQuery {
  constructor(private readonly acknowledgements: AcknowledgementsQuery) {}

  execute(actor: Actor): MyReading {
    if (actor.kind !== 'person') return { items: [], acknowledged: [] };
    return this.acknowledgements.readingFor(actor.trustId, actor.personId);
  }
}
