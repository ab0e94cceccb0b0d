import { Body, Controller, Get, HttpCode, Post, Put, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { answerWrite, WriteAnswer } from '../../trusts/write-answer';
import { Authenticated, PersonOnly } from '../access-rule';
import { IssuedToken } from '../access-tokens';
import { Origin, RequestOrigin } from '../command-origin.decorator';
import { CurrentActor } from '../current-actor.decorator';
import { CurrentSession } from '../current-session.decorator';
import { ChangePasswordDto } from '../dto/change-password.dto';
import { MfaCodeDto } from '../dto/mfa-code.dto';
import { RequestSession } from '../request-actor';
import { RetryAfterFilter } from '../too-many-attempts';
import { Actor } from '../actor';
import { ChangeOwnPasswordCommand } from './change-own-password';
import { ConfirmMfaCommand } from './confirm-mfa';
import { GetMeQuery, MeView } from './get-me';
import { RemoveOwnMfaCommand } from './remove-own-mfa';
import { MfaEnrolment, StartMfaEnrolmentCommand } from './start-mfa-enrolment';
import { AnswerHoldsSecret } from '../../idempotency/answer-holds-secret';

/** The signed-in person's own account: profile, second factor, password. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@UseFilters(RetryAfterFilter)
export class MeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Authenticated({ duringMfaEnrolment: true })
  me(@CurrentSession() session: RequestSession): Promise<MeView> {
    return this.queries.execute(new GetMeQuery(session));
  }

  /** Starts setting up a second factor: answers the secret and an otpauth:// URI for a QR code. */
  @Post('mfa/enrol')
  @AnswerHoldsSecret(
    'Start again with a new key: each enrolment answers a new secret and replaces the one not shown.',
  )
  @PersonOnly({ duringMfaEnrolment: true })
  @HttpCode(200)
  enrol(@CurrentActor() actor: Actor): Promise<MfaEnrolment> {
    return this.commands.execute(new StartMfaEnrolmentCommand(actor));
  }

  @Post('mfa/confirm')
  @AnswerHoldsSecret(
    'Two-step sign-in is set up (see GET /api/me): sign in again with a code for a new access token.',
  )
  @PersonOnly({ duringMfaEnrolment: true })
  async confirm(
    @Body() body: MfaCodeDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(new ConfirmMfaCommand(origin, body.code));
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }

  @Post('mfa/remove')
  @AnswerHoldsSecret(
    'The second factor is removed (see GET /api/me): sign in again for a new access token.',
  )
  @PersonOnly()
  async remove(
    @Body() body: MfaCodeDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(new RemoveOwnMfaCommand(origin, body.code));
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }

  @Put('password')
  @AnswerHoldsSecret('The password is changed: sign in again with it for a new access token.')
  @PersonOnly()
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentSession() session: RequestSession,
    @Req() request: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(
      new ChangeOwnPasswordCommand(
        session,
        body.currentPassword,
        body.newPassword,
        request.ip ?? 'unknown',
      ),
    );
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }
}
