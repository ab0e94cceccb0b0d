import { ConsoleLogger, LogLevel } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
  silent: [],
};

/** Nest's own start-up chatter (a line per module, controller and route): shown at LOG_LEVEL=debug only. */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'NestApplication', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The server's log: JSON lines (stdout; warnings and errors on stderr) at LOG_LEVEL. Nest's
 * 'log'-level start-up lines are left out unless LOG_LEVEL=debug; its warnings and errors are
 * kept. While held (during start-up) lines are kept back with the time they were logged and
 * written on release, so the plain start-up block is the first thing a person reads.
 */
export class AppLogger extends ConsoleLogger {
  private held: (() => void)[] | null = null;
  private replayTimestamp: number | undefined;

  constructor(private readonly level: AppConfig['logLevel']) {
    super({ json: true, logLevels: LEVELS[level] });
  }

  hold(): void {
    this.held ??= [];
  }

  /** Writes what was held, in order, with its original timestamps; later lines are written at once. */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const print of held) print();
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    if (logLevel === 'log' && this.level !== 'debug' && FRAMEWORK_CONTEXTS.has(context)) return;
    if (this.held === null) return super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
    const loggedAt = Date.now();
    this.held.push(() => {
      this.replayTimestamp = loggedAt;
      try {
        super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
      } finally {
        this.replayTimestamp = undefined;
      }
    });
  }

  protected override getJsonLogObject(message: unknown, options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown }) {
    const entry = super.getJsonLogObject(message, options);
    return this.replayTimestamp === undefined ? entry : { ...entry, timestamp: this.replayTimestamp };
  }
}
