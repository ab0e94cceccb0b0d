import { AppLogger } from './app-logger';

/** Runs `act` and returns the JSON lines written to stdout meanwhile. */
function stdoutOf(act: () => void): Record<string, unknown>[] {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    act();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('AppLogger', () => {
  it("leaves out Nest's start-up chatter at LOG_LEVEL=info but keeps the application's lines and Nest's warnings", () => {
    const logger = new AppLogger('info');
    const lines = stdoutOf(() => {
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
      logger.log('SMTP_URL is not set', 'Reminders');
    });
    expect(lines.map((line) => line.message)).toEqual(['SMTP_URL is not set']);
  });

  it('shows the chatter at LOG_LEVEL=debug', () => {
    const logger = new AppLogger('debug');
    expect(stdoutOf(() => logger.log('Mapped {/api/health, GET} route', 'RouterExplorer'))).toHaveLength(1);
  });

  it('holds lines until released, then writes them in order with the time they were logged', () => {
    const logger = new AppLogger('info');
    logger.hold();
    const before = Date.now();
    expect(stdoutOf(() => {
      logger.log('first', 'DemoData');
      logger.log('second', 'DemoData');
    })).toEqual([]);
    const released = stdoutOf(() => logger.release());
    expect(released.map((line) => line.message)).toEqual(['first', 'second']);
    expect(released[0].timestamp).toBeGreaterThanOrEqual(before);
    expect(stdoutOf(() => logger.log('after', 'DemoData')).map((line) => line.message)).toEqual(['after']);
  });
});
