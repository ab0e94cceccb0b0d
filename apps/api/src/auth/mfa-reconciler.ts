import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { TotpSecrets } from '../directory/totp-secrets';
import { MfaFromLog } from './mfa-from-log';

/**
 * At start-up, before any request, brings the directory back to the log: an active secret whose
 * removal the log records (a crash between the two writes) is dropped. Requests in the meantime
 * already ignore such a secret (MfaFromLog).
 */
@Injectable()
export class MfaReconciler implements OnApplicationBootstrap {
  constructor(
    private readonly totp: TotpSecrets,
    private readonly mfa: MfaFromLog,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const personId of this.totp.peopleWithActiveSecret()) {
      await this.mfa.dropIfRemoved(personId);
    }
  }
}
