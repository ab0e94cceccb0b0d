import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { deriveKey } from '../directory/secret-box';
import { emailKey } from '../directory/email-address';
import { SERVER_SECRETS, ServerSecrets } from './server-secrets';

/**
 * A keyed hash of an email address: lets logs and rate limits follow one address without
 * writing it down. Keyed, so a list of known addresses cannot be matched against the logs.
 */
@Injectable()
export class EmailFingerprints {
  private readonly key: Buffer;

  constructor(@Inject(SERVER_SECRETS) secrets: ServerSecrets) {
    this.key = deriveKey(secrets.tokenSecret, 'email-fingerprints');
  }

  of(email: string): string {
    return createHmac('sha256', this.key).update(emailKey(email)).digest('hex').slice(0, 32);
  }
}
