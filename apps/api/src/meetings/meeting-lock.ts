import { Injectable } from '@nestjs/common';

/**
 * One decision at a time per meeting in this process: the minute reference is checked and the
 * decision appended before the next decision of the same meeting is checked, so two requests
 * cannot both take the same reference.
 */
@Injectable()
export class MeetingLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(meetingId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(meetingId) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(work);
    const tail = result.catch(() => undefined);
    this.tails.set(meetingId, tail);
    try {
      return await result;
    } finally {
      if (this.tails.get(meetingId) === tail) this.tails.delete(meetingId);
    }
  }
}
