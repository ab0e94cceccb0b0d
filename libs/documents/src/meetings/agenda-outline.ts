import type { AgendaItemView, MeetingAgenda } from '@governance/contracts';
import { longDate } from '../minutes/format';
import type { Block, MinutesOutline } from '../minutes/outline';

/** "Agenda: Libra School local governing body, 10 December 2026". */
export function agendaTitle(agenda: MeetingAgenda): string {
  return `Agenda: ${agenda.meetingName}, ${longDate(agenda.date)}`;
}

/** One line of an item as a clerk writes it under its title: where, who, when. */
export function itemFacts(item: AgendaItemView): string | null {
  const facts = [
    item.schoolName,
    item.personName,
    item.on === null ? null : `${item.kind === 'policy-review' || item.kind === 'action' ? 'due' : 'received'} ${longDate(item.on)}${item.overdue ? ' (overdue)' : ''}`,
  ].filter((fact): fact is string => fact !== null && fact !== '');
  return facts.length === 0 ? null : facts.join(' · ');
}

/** The agenda's items, numbered, each with its facts and details. */
export function agendaItemBlocks(items: readonly AgendaItemView[], level: 2 | 3): Block[] {
  if (items.length === 0) return [{ kind: 'paragraph', text: 'Nothing is due for this meeting.' }];
  return items.flatMap((item, index): Block[] => {
    const facts = itemFacts(item);
    return [
      { kind: 'heading', level, text: `${index + 1}. ${item.title}` },
      ...(facts ? [{ kind: 'paragraph' as const, text: facts }] : []),
      ...(item.details ? [{ kind: 'paragraph' as const, text: item.details }] : []),
    ];
  });
}

/** The agenda laid out once for Markdown and Word. */
export function agendaOutline(agenda: MeetingAgenda): MinutesOutline {
  const title = agendaTitle(agenda);
  const papers = agenda.papers
    ? `Sent ${longDate(agenda.papers.sentOn)} (${agenda.papers.clearDays} clear days${agenda.papers.onTime ? '' : ', fewer than seven'})`
    : `Not yet sent; to go out by ${longDate(agenda.papersDueBy)} for seven clear days`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', label: 'Trust', text: agenda.trustName },
    { kind: 'paragraph', label: 'Meeting', text: agenda.meetingName },
    { kind: 'paragraph', label: 'Date', text: longDate(agenda.date) },
    ...(agenda.cancelled ? [{ kind: 'paragraph' as const, label: 'Status', text: 'Cancelled' }] : []),
    { kind: 'paragraph', label: 'Previous meeting', text: agenda.previousMeetingOn ? longDate(agenda.previousMeetingOn) : 'None recorded' },
    { kind: 'paragraph', label: 'Papers', text: papers },
    { kind: 'heading', level: 2, text: 'Items' },
    ...agendaItemBlocks(agenda.items, 3),
  ];
  return { title, blocks };
}
