const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "HH:MM" in Europe/London at `now` (GMT in winter, BST in summer). */
export function londonTimeOfDay(now: Date): string {
  return LONDON_TIME.format(now);
}
