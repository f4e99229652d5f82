import type { MeetingSummary } from '../../shared/api/types';
import type { MeetingMeta } from '../../shared/protocol/types';

/**
 * The meeting data as the REST row has it: what the header shows, and what
 * an editor writes into the Y.Doc, while the document holds none yet.
 */
export function metaFromSummary(meeting: MeetingSummary): MeetingMeta {
  return {
    bodyName: meeting.body ?? '',
    kind: meeting.kind,
    startsAt: meeting.startsAt ?? '',
    place: meeting.place ?? '',
    firstParagraph: meeting.firstParagraph >= 1 ? meeting.firstParagraph : 1,
    nextMeeting: { date: '', time: '', place: '' },
  };
}
