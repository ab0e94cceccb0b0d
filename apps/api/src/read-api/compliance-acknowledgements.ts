import { Injectable } from '@nestjs/common';
import type { AcknowledgementCounts, TrustCompliance } from '@governance/contracts';
import { AcknowledgementsQuery } from '@governance/projections';

/**
 * Adds the read-and-acknowledge counts to a compliance answer, per school and in totals, from
 * the acknowledgements read model as the answer's log stands: the live one, or the one folded
 * to `knownAt` (`then`). The counts are not kept by day, so an answer for a named `asOf` keeps
 * `acknowledgements: null` (the route decides); a rule on the request alone keeps knownAt=P
 * equal to the live answer captured at P.
 */
@Injectable()
export class ComplianceAcknowledgements {
  constructor(private readonly progress: AcknowledgementsQuery) {}

  withCounts(trustId: string, answer: TrustCompliance, then?: AcknowledgementsQuery): TrustCompliance {
    const { rows, totals } = (then ?? this.progress).progress(trustId, { withPeople: false });
    const bySchool = new Map<string, AcknowledgementCounts>();
    for (const row of rows) {
      const counts = bySchool.get(row.schoolId) ?? { expected: 0, acknowledged: 0, outstanding: 0 };
      bySchool.set(row.schoolId, { expected: counts.expected + row.staff, acknowledged: counts.acknowledged + row.acknowledged, outstanding: counts.outstanding + row.outstanding });
    }
    return {
      ...answer,
      totals: { ...answer.totals, acknowledgements: totals },
      schools: answer.schools.map((school) => ({ ...school, acknowledgements: bySchool.get(school.schoolId) ?? { expected: 0, acknowledged: 0, outstanding: 0 } })),
    };
  }
}
