import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Clock, FixedDateClock, SystemClock } from './clock/clock';
import { CommandExecutor } from './commands/command-executor';
import { StreamStates } from './commands/stream-states';
import { loadServerTamperKeys } from './tamper-evidence/server-tamper-keys';
import { TAMPER_KEYS } from './tamper-evidence/tamper-keys';
import { StartupNotice } from './startup/startup-notice';

/** Configuration, the clock, tamper-evidence keys, stream states, the write path and the start-up notice: what every feature module needs. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: config.clockToday ? new FixedDateClock(config.clockToday) : new SystemClock() },
        { provide: TAMPER_KEYS, useFactory: () => loadServerTamperKeys(config) },
        StreamStates,
        CommandExecutor,
        StartupNotice,
      ],
      exports: [APP_CONFIG, Clock, TAMPER_KEYS, StreamStates, CommandExecutor, StartupNotice],
    };
  }
}
