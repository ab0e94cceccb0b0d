import { SystemClock } from '../clock/clock';
import { SimulatedTime } from '../clock/simulated-time';
import { DemoTimeline } from './demo-timeline';

describe('DemoTimeline', () => {
  const clock = new SystemClock();
  const notAfter = new Date('2026-11-24T10:30:00Z');

  it('plays the set-up a week before the first dated step, then steps by recording day, each as of its moment', async () => {
    const timeline = new DemoTimeline();
    const seen: string[] = [];
    const step = (name: string) => async () => {
      seen.push(`${name} ${clock.today()} ${clock.now().toISOString()}`);
    };
    timeline.setUp(step('register'));
    timeline.on('2025-03-10', step('adopt'));
    timeline.on('2025-03-01', step('approve'));
    timeline.on('2025-03-10', step('review the same day'));
    timeline.setUp(step('scheme'));
    const played = await timeline.play(new SimulatedTime(), '2026-11-24', notAfter);
    expect(seen).toEqual([
      'register 2025-02-22 2025-02-22T09:00:00.000Z',
      'scheme 2025-02-22 2025-02-22T09:01:00.000Z',
      'approve 2025-03-01 2025-03-01T09:00:00.000Z',
      'adopt 2025-03-10 2025-03-10T09:00:00.000Z',
      'review the same day 2025-03-10 2025-03-10T09:01:00.000Z',
    ]);
    expect(played.map((p) => p.recordedOn)).toEqual(['2025-02-22', '2025-02-22', '2025-03-01', '2025-03-10', '2025-03-10']);
  });

  it('records nothing later than the instant loading began: steps of today after it are recorded at it', async () => {
    const timeline = new DemoTimeline();
    for (let i = 0; i < 40; i += 1) timeline.on('2026-11-24', async () => undefined);
    const played = await timeline.play(new SimulatedTime(), '2026-11-24', new Date('2026-11-24T09:20:00Z'));
    const instants = played.map((p) => p.at.getTime());
    expect(Math.max(...instants)).toBe(Date.parse('2026-11-24T09:20:00Z'));
    expect(instants.every((at, i) => i === 0 || at >= instants[i - 1])).toBe(true);
  });

  it('refuses a step recorded after today', async () => {
    const timeline = new DemoTimeline();
    timeline.on('2026-11-25', async () => undefined);
    await expect(timeline.play(new SimulatedTime(), '2026-11-24', notAfter)).rejects.toThrow(/after today/);
  });
});
