import { FixedDateClock, SystemClock } from './clock';
import { SimulatedTime } from './simulated-time';

describe('SimulatedTime', () => {
  const moment = { now: new Date('2024-03-05T09:30:00Z'), today: '2024-03-05' };

  it('makes the clocks answer its moment inside the run, and only there', async () => {
    const system = new SystemClock();
    const fixed = new FixedDateClock('2026-11-24');
    const time = new SimulatedTime();
    const seen = await time.run(async () => {
      time.set(moment);
      // Across awaits and callbacks of the run's own work.
      await new Promise((resolve) => setImmediate(resolve));
      return [system.now().toISOString(), system.today(), fixed.now().toISOString(), fixed.today()];
    });
    expect(seen).toEqual(['2024-03-05T09:30:00.000Z', '2024-03-05', '2024-03-05T09:30:00.000Z', '2024-03-05']);
    expect(fixed.today()).toBe('2026-11-24');
    expect(system.now().getFullYear()).toBeGreaterThan(2024);
  });

  it('does not leak to work running beside the run', async () => {
    const fixed = new FixedDateClock('2026-11-24');
    const time = new SimulatedTime();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = time.run(async () => {
      time.set(moment);
      await gate;
    });
    // Another request, started outside the run while the run is paused.
    expect(fixed.today()).toBe('2026-11-24');
    release();
    await run;
  });

  it('gives the real clock back to a timer started in the run once the run has ended', async () => {
    const fixed = new FixedDateClock('2026-11-24');
    const time = new SimulatedTime();
    let later: Promise<string> = Promise.resolve('');
    await time.run(async () => {
      time.set(moment);
      later = new Promise((resolve) => setTimeout(() => resolve(fixed.today()), 5));
    });
    expect(await later).toBe('2026-11-24');
  });

  it('does not let the caller change the moment through the Date it was given or answered', async () => {
    const clock = new SystemClock();
    const time = new SimulatedTime();
    const given = new Date(moment.now.getTime());
    await time.run(async () => {
      time.set({ now: given, today: moment.today });
      given.setUTCFullYear(2030);
      clock.now().setUTCFullYear(2031);
      expect(clock.now().toISOString()).toBe('2024-03-05T09:30:00.000Z');
    });
  });
});
