import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueEntry, standardEvaluationPoints, statutoryCatalogue } from '@governance/domain';
import type { EvaluationForm } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CatalogueEntrySchema, EvaluationFormSchema } from './policy-answers.schema';

/** The starter catalogue of statutory policies a trust can add in one request. */
@ApiTags('policies')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller()
export class CatalogueController {
  @Get('catalogue')
  @ApiOperation({ summary: 'Read the starter catalogue', description: 'The statutory policies a trust can add in one request (see POST /trusts/{trustId}/policies/catalogue). Any signed-in person may call it.' })
  @ApiOkResponse({ description: 'The catalogue entries.', type: [CatalogueEntrySchema] })
  @Access('catalogue')
  list(): readonly CatalogueEntry[] {
    return statutoryCatalogue;
  }

  /** The paper form's points, so the web app's form and the server's rules cannot drift apart. */
  @Get('evaluation-form')
  @ApiOperation({ summary: 'Read the policy evaluation form', description: 'The standard points to be considered when evaluating a policy (the Libra form), each answered yes, no or n/a. Any signed-in person may call it.' })
  @ApiOkResponse({ description: 'The standard points, in the order of the paper form.', type: EvaluationFormSchema })
  @Access('evaluationForm')
  evaluationForm(): EvaluationForm {
    return { points: [...standardEvaluationPoints] };
  }
}
