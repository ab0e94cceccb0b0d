import { ExtractionBusyError, ExtractionSlots } from './extraction-slots';

describe('ExtractionSlots', () => {
  it('lets `size` run, queues `waitingRoom` more in order, and refuses the next as busy', async () => {
    const slots = new ExtractionSlots(2, 1, 7);
    const first = await slots.acquire();
    await slots.acquire();
    let thirdStarted = false;
    const third = slots.acquire().then((release) => ((thirdStarted = true), release));
    await expect(slots.acquire()).rejects.toEqual(new ExtractionBusyError(7));
    await Promise.resolve();
    expect(thirdStarted).toBe(false);
    first();
    first(); // a second release of the same slot frees nothing more
    const releaseThird = await third;
    expect(thirdStarted).toBe(true);
    const fourth = slots.acquire();
    await expect(slots.acquire()).rejects.toBeInstanceOf(ExtractionBusyError);
    releaseThird();
    await expect(fourth).resolves.toEqual(expect.any(Function));
  });
});
