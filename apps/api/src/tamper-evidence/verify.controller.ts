import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { parsePublicKey } from '@governance/event-store';
import { Access } from '../auth/access.decorator';
import { ProblemException } from '../http/problem-details.filter';
import { problem, problemType } from '../http/problem';
import { ChainVerifier } from './chain-verifier';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { VerificationReportSchema } from './verify-answers.schema';

@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/audit/verify')
export class VerifyController {
  constructor(private readonly verifier: ChainVerifier) {}

  @Get()
  @ApiOperation({ summary: 'Check the audit trail for tampering', description: "Re-checks the hash chain (and signatures, when a tamper key is set) of the trust's events and says whether anything was changed or removed. Trust admins, trustees and the operator may call it." })
  @ApiProblems(400)
  @Access('verifyLog')
  @ApiQuery({
    name: 'publicKey',
    required: false,
    description: 'The checkpoint public key the trust kept (printed by `npm run cli -- tamper-key`, ed25519:...); checkpoints are checked against it.',
  })
  @ApiOkResponse({
    description:
      'Recomputes the tamper-evidence chains, compares each stream with the signed checkpoints of its head, and names any altered, removed or truncated event.',
    type: VerificationReportSchema,
  })
  verify(@Param('trustId') trustId: string, @Query('publicKey') publicKey?: unknown) {
    if (publicKey === undefined) return this.verifier.verify(trustId);
    const key = typeof publicKey === 'string' ? parsePublicKey(publicKey) : undefined;
    if (!key) {
      throw new ProblemException(
        problem(400, 'publicKey must be a checkpoint public key as printed by "npm run cli -- tamper-key" (ed25519: followed by 43 characters).', {
          type: problemType('validation'),
          title: 'Your request has invalid fields',
          errors: [{ field: 'publicKey', message: 'must look like ed25519:<43 base64url characters>' }],
        }),
      );
    }
    return this.verifier.verify(trustId, key);
  }
}
