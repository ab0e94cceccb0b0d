import { Injectable } from '@nestjs/common';
import type { AcknowledgementProgress } from '@governance/contracts';
import { acknowledgementProgressView, Actor, mayReadSchool } from '@governance/domain';
import { AcknowledgementsQuery } from '@governance/projections';
import { ProblemException } from '../../http/problem-details.filter';
import { problem, problemType } from '../../http/problem';

/**
 * GET /trusts/:trustId/acknowledgements: the progress rows the caller may see (fact
 * 'acknowledgement-progress-reader'), with names only where they may see them, and totals over
 * those rows.
 */
@Injectable()
export class AcknowledgementProgressQuery {
  constructor(private readonly acknowledgements: AcknowledgementsQuery) {}

  execute(trustId: string, actor: Actor, filter: { schoolId?: string; policyId?: string }): AcknowledgementProgress {
    if (filter.schoolId !== undefined && !this.acknowledgements.knowsSchool(trustId, filter.schoolId)) {
      throw badQuery('schoolId', `schoolId ${filter.schoolId} is not a school of this trust.`);
    }
    if (filter.policyId !== undefined && !this.acknowledgements.knowsPolicy(trustId, filter.policyId)) {
      throw badQuery('policyId', `policyId ${filter.policyId} is not a policy of this trust.`);
    }
    if (filter.schoolId !== undefined && !mayReadSchool(actor, filter.schoolId)) {
      throw new ProblemException(problem(403, 'You can read the acknowledgements of your own school only.', { type: problemType('forbidden') }));
    }
    const schoolNamed = filter.schoolId !== undefined;
    const progress = this.acknowledgements.progress(trustId, { ...filter, withPeople: schoolNamed });
    const owners = new Map<string, Map<string, string>>();
    const ownerOf = (schoolId: string, policyId: string) => {
      if (!owners.has(schoolId)) owners.set(schoolId, this.acknowledgements.ownersAt(schoolId));
      return owners.get(schoolId)?.get(policyId) ?? null;
    };
    const rows = progress.rows.flatMap((row) => {
      const view = acknowledgementProgressView(actor, { schoolId: row.schoolId, ownerId: ownerOf(row.schoolId, row.policyId) }, schoolNamed);
      if (view === 'hidden') return [];
      return [view === 'names' ? row : { ...row, outstandingPeople: null }];
    });
    return { rows, totals: totalsOf(rows) };
  }
}

function badQuery(field: string, detail: string): ProblemException {
  return new ProblemException(problem(400, detail, { type: problemType('validation'), errors: [{ field, message: detail }] }));
}

function totalsOf(rows: AcknowledgementProgress['rows']): AcknowledgementProgress['totals'] {
  return {
    expected: rows.reduce((sum, row) => sum + row.staff, 0),
    acknowledged: rows.reduce((sum, row) => sum + row.acknowledged, 0),
    outstanding: rows.reduce((sum, row) => sum + row.outstanding, 0),
  };
}
