import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { loadServerSecrets, SERVER_SECRETS, ServerSecrets } from '../auth/server-secrets';
import { APP_CONFIG } from '../config/app-config';
import { DIRECTORY_DB, openDirectoryDatabase } from './directory-database';
import { PeopleDirectory } from './people-directory';
import { JobTitles } from './job-titles';
import { PersonalRecords } from './personal-records';
import { deriveKey, SecretBox } from './secret-box';
import { SignInLinks } from './sign-in-links';
import { TotpSecrets } from './totp-secrets';

/** DATA_DIR's private state: the people directory, TOTP secrets and the server's secrets. */
@Global()
@Module({
  providers: [
    { provide: SERVER_SECRETS, inject: [APP_CONFIG], useFactory: loadServerSecrets },
    { provide: DIRECTORY_DB, inject: [APP_CONFIG], useFactory: openDirectoryDatabase },
    {
      provide: SecretBox,
      inject: [SERVER_SECRETS],
      useFactory: (secrets: ServerSecrets) =>
        new SecretBox(deriveKey(secrets.tokenSecret, 'totp-secrets')),
    },
    PeopleDirectory,
    PersonalRecords,
    JobTitles,
    TotpSecrets,
    SignInLinks,
  ],
  exports: [SERVER_SECRETS, DIRECTORY_DB, PeopleDirectory, PersonalRecords, JobTitles, TotpSecrets, SignInLinks],
})
export class DirectoryModule implements OnApplicationShutdown {
  constructor(@Inject(DIRECTORY_DB) private readonly db: Database.Database) {}

  onApplicationShutdown(): void {
    if (this.db.open) this.db.close();
  }
}
