import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DEMO_TRUST_NAME } from './demo-trust';
import { DemoLoader, LoadedDemo } from './demo-loader';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { StartupNotice } from '../startup/startup-notice';

/** On an empty store, unless DEMO_DATA=false, loads the demo trust and prints how to sign in. */
@Injectable()
export class DemoDataBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly loader: DemoLoader,
    private readonly notice: StartupNotice,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if ((await this.store.headPosition()) > 0n) return;
    this.logger.log('The event store is empty: loading the demo trust (DEMO_DATA=false turns this off)');
    const demo = await this.loader.load();
    const text = loginsText(demo);
    // Kept beside the data so a user who missed the console can still sign in; readable by the owner only.
    writeFileSync(join(this.config.dataDir, DATA_DIR_FILES.demoLogins), text, { mode: 0o600 });
    this.notice.signIn(text);
  }
}

function loginsText(demo: LoadedDemo): string {
  const width = Math.max(...demo.logins.map((login) => login.email.length));
  return [
    `Demo data: "${DEMO_TRUST_NAME}" with four academies is loaded. Sign in as:`,
    '',
    ...demo.logins.map((login) => `    ${login.email.padEnd(width)}  ${login.name}, ${login.role}`),
    '',
    `    password for every demo login: ${demo.password}`,
    '',
    `(Also saved in ${DATA_DIR_FILES.demoLogins} in DATA_DIR. Every demo person has the same password, except the staff who read policies, who sign in by an emailed link; change it or start with DEMO_DATA=false for real use.)`,
    '',
  ].join('\n');
}
