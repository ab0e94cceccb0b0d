import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { refuseMfaAlreadyOn } from '@governance/domain';
import { PeopleDirectory } from '../../directory/people-directory';
import { TotpSecrets } from '../../directory/totp-secrets';
import { Actor } from '../actor';
import { MfaFromLog } from '../mfa-from-log';
import { newTotpSecret, TOTP_ISSUER, totpUri } from '../totp';
import { signedInPerson } from './signed-in-person';
import type { MfaEnrolment } from '@governance/contracts';

export type { MfaEnrolment };

/** Creates a new secret, pending until a code from it is confirmed. Starting again replaces it. */
export class StartMfaEnrolmentCommand extends Command<MfaEnrolment> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@CommandHandler(StartMfaEnrolmentCommand)
export class StartMfaEnrolmentHandler implements ICommandHandler<StartMfaEnrolmentCommand> {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly totp: TotpSecrets,
    private readonly mfa: MfaFromLog,
  ) {}

  async execute({ actor }: StartMfaEnrolmentCommand): Promise<MfaEnrolment> {
    const { personId } = signedInPerson(actor);
    const entry = this.directory.findById(personId);
    refuseMfaAlreadyOn(await this.mfa.isOn(personId));
    const secret = newTotpSecret();
    this.totp.startEnrolment(personId, secret);
    return { secret, otpauthUri: totpUri(secret, entry?.email ?? personId), issuer: TOTP_ISSUER };
  }
}
