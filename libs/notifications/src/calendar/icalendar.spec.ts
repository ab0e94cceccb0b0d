import ICAL from 'ical.js';
import { fold, renderCalendar, text } from './icalendar';

const now = new Date('2026-11-24T06:00:00Z');

function parse(document: string) {
  return new ICAL.Component(ICAL.parse(document));
}

describe('renderCalendar', () => {
  const document = renderCalendar({ name: 'Oak Learning Trust: policy reviews', now }, [
    {
      uid: 'review.school-1.policy-1.2027-03-31@governance-tracker',
      date: '2027-03-31',
      summary: 'Libra School: Safeguarding; Child Protection, review due',
      description: 'Line one\nLine two with a backslash \\ and a comma,',
      url: 'http://localhost:3000/api/trusts/t/policies/p',
      categories: ['Policy review', 'Due soon'],
    },
    {
      uid: 'review.school-2.policy-2.2026-12-31@governance-tracker',
      date: '2026-12-31',
      summary: `Ysgol Gymraeg Bro Morgannwg – Polisi Diogelu ${'é'.repeat(60)}`,
    },
  ]);

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(document.endsWith('\r\n')).toBe(true);
    const lines = document.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
  });

  it('is read back by a real iCalendar parser (ical.js) with all-day dates, UIDs and texts intact', () => {
    const calendar = parse(document);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Governance tracker/);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first.uid).toBe('review.school-1.policy-1.2027-03-31@governance-tracker');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2027-03-31');
    expect(first.endDate.toString()).toBe('2027-04-01');
    expect(first.summary).toBe('Libra School: Safeguarding; Child Protection, review due');
    expect(first.description).toBe('Line one\nLine two with a backslash \\ and a comma,');
    expect(second.summary).toBe(`Ysgol Gymraeg Bro Morgannwg – Polisi Diogelu ${'é'.repeat(60)}`);
    expect(second.startDate.toString()).toBe('2026-12-31');
    expect(second.endDate.toString()).toBe('2027-01-01');
    expect(second.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-24T06:00:00Z');
  });
});

describe('fold and text', () => {
  it('folds long lines with CRLF and a space, never inside a multi-byte character', () => {
    const folded = fold(`SUMMARY:${'€'.repeat(40)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${'€'.repeat(40)}`);
    expect(parts.every((p) => Buffer.byteLength(p) <= 75)).toBe(true);
  });

  it('escapes TEXT and drops control characters', () => {
    expect(text('a;b,c\\d\r\ne\u0007')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});
