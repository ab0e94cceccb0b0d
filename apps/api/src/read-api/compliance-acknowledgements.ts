import { Injectable } from '@nestjs/common';
import type { AcknowledgementCounts, TrustCompliance } from '@governance/contracts';
import { AcknowledgementsQuery } from '@governance/projections';

/**
 * Adds today's read-and-acknowledge counts to a compliance answer, per school and in totals
 * (the acknowledgements read model's progress). Only for today: an answer for knownAt or an
 * asOf before today keeps `acknowledgements: null`, as the progress of the past is not kept.
 */
@Injectable()
export class ComplianceAcknowledgements {
  constructor(private readonly progress: AcknowledgementsQuery) {}

  withToday(trustId: string, answer: TrustCompliance): TrustCompliance {
    const { rows, totals } = this.progress.progress(trustId, { withPeople: false });
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
