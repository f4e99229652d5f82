import type { NextMeeting, StructuredProtocol } from '../../../shared/protocol/types';
import { parseWallTime } from '../../../shared/time/parseWallTime';
import { toWallTime } from '../../../shared/time/toWallTime';
import { installationTimeZone } from '../../time/installationTimeZone';
import { foldLine, icsText } from './icsText';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The next meeting as an iCalendar event (RFC 5545, CRLF). With a time the
 * event starts then (wall time in `timeZone`, the installation's zone by
 * default, named as TZID; one hour long); with only a date it is an all-day
 * event. Null when no date is set.
 * `stamp` is DTSTAMP; the UID is derived from the meeting so a re-export updates the same event.
 */
export function nextMeetingIcs(protocol: StructuredProtocol, stamp: Date, timeZone: string = installationTimeZone()): string | null {
  const next = protocol.nextMeeting;
  const at = next ? nextMeetingWallTime(next, timeZone) : null;
  if (!next || !at) return null;
  const day = `${at.y}${at.m}${at.d}`;
  const body = protocol.meeting.body ?? protocol.meeting.title;
  const when = at.time
    ? (() => {
        const [hour, minute] = at.time;
        const endHour = Math.min(23, Number(hour) + 1);
        return [`DTSTART;TZID=${timeZone}:${day}T${hour}${minute}00`, `DTEND;TZID=${timeZone}:${day}T${String(endHour).padStart(2, '0')}${minute}00`];
      })()
    : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(at.y, at.m, at.d)}`];
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
    `DESCRIPTION:${icsText(`Nästa möte för ${body}, enligt protokollet från ${meetingDate(protocol.meeting.startsAt, timeZone) ?? 'föregående möte'}.`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * The next meeting's day and, when known, hour and minute as wall time in the
 * zone: the date field is an ISO date, or (from a forged or older client) a
 * date-time or an instant, whose time counts when the time field is empty.
 */
function nextMeetingWallTime(next: NextMeeting, timeZone: string): { y: string; m: string; d: string; time: [string, string] | null } | null {
  const wall = parseWallTime(toWallTime(next.date.trim(), timeZone));
  if (!wall) return null;
  const [y, m, d] = [String(wall.year).padStart(4, '0'), pad(wall.month), pad(wall.day)];
  const time = /^(\d{1,2})[:.](\d{2})$/u.exec(next.time.trim());
  if (time) return { y, m, d, time: [time[1]!.padStart(2, '0'), time[2]!] };
  return { y, m, d, time: wall.time && !next.time.trim() ? [pad(wall.time.hour), pad(wall.time.minute)] : null };
}

/** The day (YYYY-MM-DD) of the meeting the protocol is from, in the zone; its text when it is no ISO date. */
function meetingDate(startsAt: string | null, timeZone: string): string | null {
  if (!startsAt) return null;
  const wall = toWallTime(startsAt.trim(), timeZone);
  return /^\d{4}-\d{2}-\d{2}/u.exec(wall)?.[0] ?? wall;
}

function nextDay(y: string, m: string, d: string): string {
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 1)).toISOString().slice(0, 10).replace(/-/gu, '');
}
