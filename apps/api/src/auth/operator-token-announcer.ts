import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { StartupNotice } from '../startup/startup-notice';
import { SERVER_SECRETS, ServerSecrets } from './server-secrets';

/**
 * Prints a generated operator token once, on the start that generated it, in the start-up notice
 * on stdout (not the log, which may be shipped elsewhere). Only its hash is kept, so it cannot be shown again.
 */
@Injectable()
export class OperatorTokenAnnouncer implements OnApplicationBootstrap {
  constructor(
    @Inject(SERVER_SECRETS) private readonly secrets: ServerSecrets,
    private readonly notice: StartupNotice,
  ) {}

  onApplicationBootstrap(): void {
    const token = this.secrets.newOperatorToken;
    if (!token) return;
    delete this.secrets.newOperatorToken;
    this.notice.signIn(
      [
        'GOVERNANCE_ADMIN_TOKEN was not set, so an operator token was generated. It is shown only this once:',
        '',
        `    ${token}`,
        '',
        'Keep it somewhere safe (a password manager). Use it as "Authorization: Bearer <token>" to create trusts.',
        'Only its hash is stored; to replace it, set GOVERNANCE_ADMIN_TOKEN or delete operatorTokenSha256 from secrets.json.',
      ].join('\n'),
    );
  }
}
