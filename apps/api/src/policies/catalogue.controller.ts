import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueEntry, statutoryCatalogue } from '@governance/domain';
import { Access } from '../auth/access.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CatalogueEntrySchema } from './policy-answers.schema';

/** The starter catalogue of statutory policies a trust can add in one request. */
@ApiTags('policies')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('catalogue')
export class CatalogueController {
  @Get()
  @ApiOperation({ summary: 'Read the starter catalogue', description: 'The statutory policies a trust can add in one request (see POST /trusts/{trustId}/policies/catalogue). Any signed-in person may call it.' })
  @ApiOkResponse({ description: 'The catalogue entries.', type: [CatalogueEntrySchema] })
  @Access('catalogue')
  list(): readonly CatalogueEntry[] {
    return statutoryCatalogue;
  }
}
