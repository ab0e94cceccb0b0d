import { Injectable } from '@nestjs/common';
import type { TrustCompliance } from '@governance/contracts';
import { AcknowledgementsQuery, SchoolAcknowledgementCounts } from '@governance/projections';

const NONE = Object.freeze({ expected: 0, acknowledged: 0, outstanding: 0 });

/**
 * Adds the read-and-acknowledge counts to a compliance answer, per school and in totals, from
 * the acknowledgements read model as the answer's log stands: the live one, or the one folded
 * to `knownAt` (`then`). The counts are not kept by day, so an answer for a named `asOf` keeps
 * `acknowledgements: null` (the route decides); a rule on the request alone keeps knownAt=P
 * equal to the live answer captured at P.
 *
 * Both the answer and the counts are remembered (frozen) while the read models are unchanged, so
 * the combined answer is kept for that pair and frozen too: repeated dashboards are then sent as
 * JSON text serialised once (json-once.ts) instead of rebuilt and serialised on every request.
 */
@Injectable()
export class ComplianceAcknowledgements {
  private readonly combined = new WeakMap<TrustCompliance, WeakMap<SchoolAcknowledgementCounts, TrustCompliance>>();

  constructor(private readonly progress: AcknowledgementsQuery) {}

  withCounts(trustId: string, answer: TrustCompliance, then?: AcknowledgementsQuery): TrustCompliance {
    const counts = (then ?? this.progress).countsBySchool(trustId);
    const kept = this.combined.get(answer)?.get(counts);
    if (kept) return kept;
    const result = combine(answer, counts);
    if (Object.isFrozen(answer) && Object.isFrozen(counts)) {
      const byCounts = this.combined.get(answer) ?? new WeakMap<SchoolAcknowledgementCounts, TrustCompliance>();
      byCounts.set(counts, result);
      this.combined.set(answer, byCounts);
    }
    return result;
  }
}

function combine(answer: TrustCompliance, counts: SchoolAcknowledgementCounts): TrustCompliance {
  return Object.freeze({
    ...answer,
    totals: Object.freeze({ ...answer.totals, acknowledgements: counts.totals }),
    schools: Object.freeze(answer.schools.map((school) => Object.freeze({ ...school, acknowledgements: counts.bySchool.get(school.schoolId) ?? NONE }))),
  }) as TrustCompliance;
}
