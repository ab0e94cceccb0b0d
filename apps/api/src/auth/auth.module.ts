import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule } from '../people/people.module';
import { TrustsModule } from '../trusts/trusts.module';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { AuthController } from './auth.controller';
import { EmailFingerprints } from './email-fingerprints';
import { KnownSignInAddresses } from './known-sign-in-addresses';
import { LoginRateLimiter } from './login-rate-limiter';
import { ChangeOwnPasswordHandler } from './me/change-own-password';
import { CodeAttempts } from './me/code-attempts';
import { ConfirmMfaHandler } from './me/confirm-mfa';
import { GetMeQuery } from './me/get-me';
import { MeController } from './me/me.controller';
import { RemoveOwnMfaHandler } from './me/remove-own-mfa';
import { StartMfaEnrolmentHandler } from './me/start-mfa-enrolment';
import { OperatorTokenAnnouncer } from './operator-token-announcer';
import { RequestAuthenticator } from './request-authenticator';
import { SecurityLog } from './security-log';
import { MfaFromLog } from './mfa-from-log';
import { MfaReconciler } from './mfa-reconciler';
import { SignInHandler } from './sign-in';
import { SecondFactor } from './second-factor';
import { ConsumeSignInLinkHandler } from '../sign-in-links/consume-sign-in-link';
import { RequestLinkHandler } from '../sign-in-links/request-link';
import { SetPasswordWithLinkHandler } from '../sign-in-links/set-password-with-link';
import { SignInLinksController } from '../sign-in-links/sign-in-links.controller';

/** Sign-in, the caller's own account, and the global guard that enforces every route's access rule. */
@Module({
  imports: [TrustsModule, PeopleModule],
  controllers: [AuthController, MeController, SignInLinksController],
  providers: [
    AccessTokens,
    EmailFingerprints,
    LoginRateLimiter,
    KnownSignInAddresses,
    SecurityLog,
    SignInHandler,
    SecondFactor,
    MfaFromLog,
    MfaReconciler,
    RequestAuthenticator,
    CodeAttempts,
    OperatorTokenAnnouncer,
    GetMeQuery,
    StartMfaEnrolmentHandler,
    ConfirmMfaHandler,
    RemoveOwnMfaHandler,
    ChangeOwnPasswordHandler,
    RequestLinkHandler,
    SetPasswordWithLinkHandler,
    ConsumeSignInLinkHandler,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokens],
})
export class AuthModule {}
