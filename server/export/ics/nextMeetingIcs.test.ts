import { describe, expect, it } from 'vitest';
import type { NextMeeting, StructuredProtocol } from '../../../shared/protocol/types';
import { fixtureDraftInput, hostileInput } from '../testing/exportFixtures';
import { foldLine, icsText } from './icsText';
import { nextMeetingIcs } from './nextMeetingIcs';

const stamp = new Date('2022-02-14T09:15:00.000Z');

describe('nextMeetingIcs', () => {
  it('is an all-day RFC 5545 event with CRLF line ends when only a date is set', () => {
    const ics = nextMeetingIcs(fixtureDraftInput().protocol, stamp) ?? '';
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Protokoll//Protokoll export//SV',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:next-meeting-fixture@protokoll',
      'DTSTAMP:20220214T091500Z',
      'DTSTART;VALUE=DATE:20220310',
      'DTEND;VALUE=DATE:20220311',
      'SUMMARY:Nästa möte: Skol- och utbildningschefer',
      'LOCATION:Hotell Falköping',
      // 75 octets: "ä" and "ö" take two each.
      'DESCRIPTION:Nästa möte för Skol- och utbildningschefer\\, enligt protokol',
      ' let från 2022-02-11.',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(ics).not.toMatch(/[^\r]\n/u);
  });

  it('escapes text, has a timed start, and folds long lines without splitting a character', () => {
    const ics = nextMeetingIcs(hostileInput().protocol, stamp) ?? '';
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20240601T180000');
    expect(ics).toContain('LOCATION:Ö-huset\\; <script>alert("x")</script>');
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'å'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /gu, '')).toBe(`DESCRIPTION:${'å'.repeat(60)}`);
  });

  it('starts a next meeting at 09:00 Swedish winter and summer time at 09:00 Stockholm wall time', () => {
    for (const [date, day] of [['2022-02-11', '20220211'], ['2022-06-10', '20220610']] as const) {
      const ics = nextMeetingIcs(withNext({ date, time: '09:00', place: '' }), stamp) ?? '';
      expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${day}T090000\r\n`);
      expect(ics).toContain(`DTEND;TZID=Europe/Stockholm:${day}T100000\r\n`);
    }
  });

  it('reads a next meeting given as a UTC instant as the wall time in Stockholm, winter and summer', () => {
    const winter = nextMeetingIcs(withNext({ date: '2022-02-11T08:00:00Z', time: '', place: '' }), stamp) ?? '';
    expect(winter).toContain('DTSTART;TZID=Europe/Stockholm:20220211T090000\r\n');
    const summer = nextMeetingIcs(withNext({ date: '2022-06-10T07:00:00Z', time: '', place: '' }), stamp) ?? '';
    expect(summer).toContain('DTSTART;TZID=Europe/Stockholm:20220610T090000\r\n');
  });

  it('names the configured zone, and dates the earlier protocol by its day there', () => {
    const protocol = withNext({ date: '2022-06-10', time: '09:00', place: '' }, '2022-02-10T23:30:00Z');
    const helsinki = nextMeetingIcs(protocol, stamp, 'Europe/Helsinki') ?? '';
    expect(helsinki).toContain('DTSTART;TZID=Europe/Helsinki:20220610T090000\r\n');
    expect(helsinki).not.toContain('Europe/Stockholm');
    // 23:30 UTC is already 11 February in Stockholm: the protocol is from that meeting.
    expect((nextMeetingIcs(protocol, stamp) ?? '').replace(/\r\n /gu, '')).toContain('enligt protokollet från 2022-02-11.');
  });

  it('is null without a next meeting date', () => {
    const protocol = { ...fixtureDraftInput().protocol, nextMeeting: null };
    expect(nextMeetingIcs(protocol, stamp)).toBeNull();
  });
});

function withNext(nextMeeting: NextMeeting, startsAt = '2022-01-14'): StructuredProtocol {
  const protocol = fixtureDraftInput().protocol;
  return { ...protocol, meeting: { ...protocol.meeting, startsAt }, nextMeeting };
}
