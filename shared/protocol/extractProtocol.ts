import type * as Y from 'yjs';
import { appendAll } from './appendAll';
import { extractSections } from './extractSections';
import { paragraphRange } from './numbering';
import { readBodyJson } from './readBodyJson';
import type { NextMeeting, StructuredProtocol } from './types';
import { readAttendees, readMeta, readSetMeta } from './yDocMeta';

/** What the server knows of a meeting outside its document: the protocol's meeting part less what is derived. */
export type MeetingRecord = Omit<StructuredProtocol['meeting'], 'paragraphRange'>;

export interface ExtractOptions {
  /** Also give each item its `blocks` (the exports lay them out); off for REST reads and snapshots. */
  blocks?: boolean;
}

/**
 * The structured protocol of a meeting: Y.Doc → ProseMirror JSON → structure,
 * the one conversion path every REST read and export goes through. Meeting
 * data set in the document wins over the server's record. Content outside
 * any § is kept in `loose`, in its place. Parts that do not fit the schema
 * are kept as plain text where they can be, and listed in `problems`; it never throws.
 */
export function extractProtocol(doc: Y.Doc, record: MeetingRecord, options: ExtractOptions = {}): StructuredProtocol {
  const set = safely(() => readSetMeta(doc), {});
  const meeting: StructuredProtocol['meeting'] = {
    id: record.id,
    title: record.title,
    kind: record.kind,
    body: set.bodyName?.trim() ?? record.body,
    startsAt: set.startsAt?.trim() ?? record.startsAt,
    place: set.place?.trim() ?? record.place,
    state: record.state,
    firstParagraph: set.firstParagraph ?? record.firstParagraph,
    paragraphRange: null,
  };
  const problems: string[] = [];
  try {
    const body = readBodyJson(doc);
    appendAll(problems, body.problems);
    const { items, loose } = extractSections(body.children, meeting.firstParagraph, meeting.kind, problems, options.blocks ?? false);
    meeting.paragraphRange = paragraphRange(items.length, meeting.firstParagraph);
    return {
      meeting,
      attendees: readAttendees(doc).map(({ id: _id, ...attendee }) => attendee),
      items,
      loose,
      nextMeeting: nextMeetingOf(doc),
      problems,
    };
  } catch (error) {
    // Defence in depth: whatever slipped past the checks above, the caller (a snapshot) must go on.
    problems.push(`extraction stopped: ${error instanceof Error ? error.message : String(error)}`);
    return { meeting, attendees: [], items: [], loose: [], nextMeeting: null, problems };
  }
}

function nextMeetingOf(doc: Y.Doc): NextMeeting | null {
  const { date, time, place } = readMeta(doc).nextMeeting;
  const next = { date: date.trim(), time: time.trim(), place: place.trim() };
  return next.date || next.time || next.place ? next : null;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
