import { describe, expect, it } from 'vitest';
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

  it('is null without a next meeting date', () => {
    const protocol = { ...fixtureDraftInput().protocol, nextMeeting: null };
    expect(nextMeetingIcs(protocol, stamp)).toBeNull();
  });
});
