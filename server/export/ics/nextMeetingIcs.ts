import type { StructuredProtocol } from '../../../shared/protocol/types';
import { foldLine, icsText } from './icsText';

/**
 * The next meeting as an iCalendar event (RFC 5545, CRLF). With a time the
 * event starts then (local time in Europe/Stockholm, one hour long by
 * default); with only a date it is an all-day event. Null when no date is set.
 * `stamp` is DTSTAMP; the UID is derived from the meeting so a re-export updates the same event.
 */
export function nextMeetingIcs(protocol: StructuredProtocol, stamp: Date): string | null {
  const next = protocol.nextMeeting;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(next?.date.trim() ?? '');
  if (!next || !date) return null;
  const day = `${date[1]}${date[2]}${date[3]}`;
  const time = /^(\d{1,2})[:.](\d{2})$/u.exec(next.time.trim());
  const body = protocol.meeting.body ?? protocol.meeting.title;
  const when = time
    ? (() => {
        const start = `${day}T${time[1]!.padStart(2, '0')}${time[2]}00`;
        const endHour = Math.min(23, Number(time[1]) + 1);
        return [`DTSTART;TZID=Europe/Stockholm:${start}`, `DTEND;TZID=Europe/Stockholm:${day}T${String(endHour).padStart(2, '0')}${time[2]}00`];
      })()
    : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(date[1]!, date[2]!, date[3]!)}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Protokoll//Protokoll export//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:next-meeting-${protocol.meeting.id.replace(/[^A-Za-z0-9-]/gu, '')}@protokoll`,
    `DTSTAMP:${stamp.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '')}`,
    ...when,
    `SUMMARY:${icsText(`Nästa möte: ${body}`)}`,
    ...(next.place ? [`LOCATION:${icsText(next.place)}`] : []),
    `DESCRIPTION:${icsText(`Nästa möte för ${body}, enligt protokollet från ${protocol.meeting.startsAt ?? 'föregående möte'}.`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function nextDay(y: string, m: string, d: string): string {
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 1)).toISOString().slice(0, 10).replace(/-/gu, '');
}
