import type { JSONContent } from '@tiptap/core';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from './docNames';
import { protocolSchema } from './protocolSchema';
import type { Attendee } from './types';
import { addAttendee, writeMeta } from './yDocMeta';

/** Meeting data fields to set, as writeMeta takes them. */
export type MeetingMetaPatch = Parameters<typeof writeMeta>[1];

export interface MeetingDocContent {
  /** The body as ProseMirror JSON of the shared schema (a `doc` node). */
  body: JSONContent;
  meta?: MeetingMetaPatch;
  attendees?: Omit<Attendee, 'id'>[];
}

/** A meeting's Y.Doc holding a body, meeting data and attendees; throws if the body does not fit the schema. */
export function buildMeetingDoc(content: MeetingDocContent, doc = new Y.Doc()): Y.Doc {
  const body = protocolSchema().nodeFromJSON(content.body);
  // fromJSON alone accepts any content; a seeded document must be one the editor can hold.
  body.check();
  doc.transact(() => {
    prosemirrorToYXmlFragment(body, doc.getXmlFragment(BODY_FRAGMENT));
    if (content.meta) writeMeta(doc, content.meta);
    for (const attendee of content.attendees ?? []) addAttendee(doc, attendee);
  });
  return doc;
}
