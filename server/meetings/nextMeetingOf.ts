import { followUpTemplate } from '../../shared/protocol/followUpTemplate';
import type { NextMeeting, StructuredProtocol } from '../../shared/protocol/types';
import type { NewMeeting } from './meetingCreator';
import type { MeetingRow } from './meetingStore';

/**
 * The next meeting of a series, from the previous one as it stands: same
 * body and kind, numbers continuing after its last paragraph, date and
 * place from its "next meeting", its attendees with their roles (everyone
 * expected again: absent becomes present), and its open action items
 * listed for follow-up.
 */
export function nextMeetingOf(previous: MeetingRow, protocol: StructuredProtocol, title?: string): NewMeeting {
  const kind = previous.kind;
  const firstParagraph = (protocol.meeting.paragraphRange?.last ?? protocol.meeting.firstParagraph - 1) + 1;
  const when = startsAtOf(protocol.nextMeeting);
  const place = protocol.nextMeeting?.place || null;
  const bodyName = protocol.meeting.body;
  const open = protocol.items.flatMap((item) => item.actionItems.filter((action) => action.status === 'open'));
  return {
    title: title ?? previous.title,
    kind,
    body: previous.bodyId ? { id: previous.bodyId, name: previous.body } : null,
    startsAt: when.iso,
    place,
    firstParagraph,
    content: {
      body: followUpTemplate(kind, open),
      meta: {
        kind,
        firstParagraph,
        ...(bodyName ? { bodyName } : {}),
        ...(when.text ? { startsAt: when.text } : {}),
        ...(place ? { place } : {}),
      },
      attendees: protocol.attendees.map((attendee) => ({
        ...attendee,
        presence: attendee.presence === 'absent' ? 'present' : attendee.presence,
      })),
    },
  };
}

/** "2022-03-18" + "08.30" → 2022-03-18T08:30; free text ("10 mars") stays text for the document only. */
function startsAtOf(next: NextMeeting | null): { iso: string | null; text: string } {
  if (!next) return { iso: null, text: '' };
  const date = /^\d{4}-\d{2}-\d{2}$/.test(next.date) ? next.date : null;
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(next.time);
  const iso = date && time ? `${date}T${time[1]!.padStart(2, '0')}:${time[2]}` : date && !next.time ? date : null;
  return { iso, text: iso ?? `${next.date} ${next.time}`.trim() };
}
