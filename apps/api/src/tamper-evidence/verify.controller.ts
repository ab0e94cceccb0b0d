import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TrustAccess } from '../auth/access-rule';
import { ChainVerifier } from './chain-verifier';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('trusts/:trustId/audit/verify')
export class VerifyController {
  constructor(private readonly verifier: ChainVerifier) {}

  @Get()
  @TrustAccess(['trust-admin', 'trustee'], { operator: true })
  @ApiOkResponse({ description: 'Recomputes the tamper-evidence hash chains and names any altered or removed event.' })
  verify(@Param('trustId') trustId: string) {
    return this.verifier.verify(trustId);
  }
}
