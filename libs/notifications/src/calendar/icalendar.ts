import { addDays } from '@governance/domain';

/** One all-day event of the feed. */
export interface AllDayEvent {
  /** Globally unique and stable across fetches, so calendar apps update the event instead of adding another. */
  uid: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

export interface CalendarOptions {
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  description?: string;
  /** DTSTAMP of every event: when this copy of the feed was made. */
  now: Date;
  /** How often apps should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
  refreshHours?: number;
}

export const PRODUCT_ID = '-//Governance tracker//Policy review calendar//EN';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * An iCalendar document (RFC 5545) of all-day events: CRLF line ends, content lines folded at
 * 75 octets without splitting a UTF-8 character, TEXT values escaped. All-day events are
 * `DTSTART;VALUE=DATE` with the exclusive `DTEND` of the next day, and transparent (they do
 * not make anyone look busy).
 */
export function renderCalendar(options: CalendarOptions, events: readonly AllDayEvent[]): string {
  const stamp = utcStamp(options.now);
  const refresh = `PT${options.refreshHours ?? 12}H`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text(options.name)}`,
    `X-WR-CALNAME:${text(options.name)}`,
    ...(options.description ? [`X-WR-CALDESC:${text(options.description)}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${text(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    ...(event.url ? [`URL:${uriValue(event.url)}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(text).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped, other controls dropped. */
export function text(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value has no escaping, but must not break the line structure. */
function uriValue(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\x00-\x1f\x7f\s]/g, encodeURIComponent);
}

/** Folds a content line at 75 octets (RFC 5545 3.1): CRLF and one space, never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
