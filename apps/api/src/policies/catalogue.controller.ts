import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogueEntry, statutoryCatalogue } from '@governance/domain';
import { Authenticated } from '../auth/access-rule';

/** The starter catalogue of statutory policies a trust can add in one request. */
@ApiTags('policies')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  @Get()
  @Authenticated()
  list(): readonly CatalogueEntry[] {
    return statutoryCatalogue;
  }
}
