import * as Y from 'yjs';
import { MEETING_KINDS, type MeetingKind } from '../meetingKind';
import { ATTENDEES_ARRAY, META_MAP } from './docNames';
import { ATTENDEE_ROLES, PRESENCES, type Attendee, type MeetingMeta } from './types';

/**
 * Meeting data lives in the Y.Doc beside the body so that everyone edits it
 * live: one Y.Map of flat keys (concurrent edits to different fields never
 * clobber each other) and a Y.Array of one Y.Map per attendee.
 */
const META_DEFAULTS: MeetingMeta = {
  bodyName: '',
  kind: 'protocol',
  startsAt: '',
  place: '',
  firstParagraph: 1,
  nextMeeting: { date: '', time: '', place: '' },
};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the meeting data, tolerating missing or mistyped fields (a forged client may write anything). */
export function readMeta(doc: Y.Doc): MeetingMeta {
  const map = doc.getMap<unknown>(META_MAP);
  return {
    ...META_DEFAULTS,
    // Whitespace is kept as typed: the client edits these fields live.
    bodyName: str(map.get('bodyName')),
    startsAt: str(map.get('startsAt')),
    place: str(map.get('place')),
    ...readSetMeta(doc),
    nextMeeting: {
      date: str(map.get('nextMeetingDate')),
      time: str(map.get('nextMeetingTime')),
      place: str(map.get('nextMeetingPlace')),
    },
  };
}

/** The meeting data fields that hold a valid, non-empty value of their own; fields left at the default are absent. */
export function readSetMeta(doc: Y.Doc): Partial<Omit<MeetingMeta, 'nextMeeting'>> {
  const map = doc.getMap<unknown>(META_MAP);
  const set: Partial<Omit<MeetingMeta, 'nextMeeting'>> = {};
  for (const key of ['bodyName', 'startsAt', 'place'] as const) {
    const value = str(map.get(key));
    if (value.trim()) set[key] = value;
  }
  const kind = map.get('kind');
  if (MEETING_KINDS.includes(kind as MeetingKind)) set.kind = kind as MeetingKind;
  const first = map.get('firstParagraph');
  if (typeof first === 'number' && Number.isInteger(first) && first >= 1) set.firstParagraph = first;
  return set;
}

/** Writes the given fields of the meeting data in one transaction. */
export function writeMeta(doc: Y.Doc, patch: Partial<Omit<MeetingMeta, 'nextMeeting'>> & { nextMeeting?: Partial<MeetingMeta['nextMeeting']> }): void {
  const map = doc.getMap<unknown>(META_MAP);
  doc.transact(() => {
    for (const key of ['bodyName', 'kind', 'startsAt', 'place', 'firstParagraph'] as const) {
      if (patch[key] !== undefined) map.set(key, patch[key]);
    }
    if (patch.nextMeeting?.date !== undefined) map.set('nextMeetingDate', patch.nextMeeting.date);
    if (patch.nextMeeting?.time !== undefined) map.set('nextMeetingTime', patch.nextMeeting.time);
    if (patch.nextMeeting?.place !== undefined) map.set('nextMeetingPlace', patch.nextMeeting.place);
  });
}

/** Subscribes to changes of the meeting data; returns the unsubscribe function. */
export function observeMeta(doc: Y.Doc, listener: () => void): () => void {
  const map = doc.getMap<unknown>(META_MAP);
  map.observe(listener);
  return () => map.unobserve(listener);
}

export function readAttendees(doc: Y.Doc): Attendee[] {
  return attendeesArray(doc)
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
    .map((entry) => {
      const role = entry.get('role');
      const presence = entry.get('presence');
      return {
        id: str(entry.get('id')),
        name: str(entry.get('name')),
        organization: str(entry.get('organization')),
        role: ATTENDEE_ROLES.includes(role as Attendee['role']) ? (role as Attendee['role']) : 'ledamot',
        presence: PRESENCES.includes(presence as Attendee['presence']) ? (presence as Attendee['presence']) : 'present',
      };
    });
}

export function addAttendee(doc: Y.Doc, attendee: Omit<Attendee, 'id'> & { id?: string }): string {
  const id = attendee.id ?? randomId();
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    attendeesArray(doc).push([entry]);
    for (const [key, value] of Object.entries({ ...attendee, id })) entry.set(key, value);
  });
  return id;
}

/** Changes some fields of one attendee; other fields edited concurrently by others are kept. */
export function updateAttendee(doc: Y.Doc, id: string, patch: Partial<Omit<Attendee, 'id'>>): boolean {
  const entry = findAttendee(doc, id);
  if (!entry) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) entry.set(key, value);
  });
  return true;
}

export function removeAttendee(doc: Y.Doc, id: string): boolean {
  const array = attendeesArray(doc);
  const index = array.toArray().findIndex((entry) => entry instanceof Y.Map && entry.get('id') === id);
  if (index < 0) return false;
  array.delete(index, 1);
  return true;
}

/** Subscribes to any change of the attendee list or of one attendee. */
export function observeAttendees(doc: Y.Doc, listener: () => void): () => void {
  const array = attendeesArray(doc);
  array.observeDeep(listener);
  return () => array.unobserveDeep(listener);
}

function attendeesArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(ATTENDEES_ARRAY);
}

function findAttendee(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return attendeesArray(doc)
    .toArray()
    .find((entry): entry is Y.Map<unknown> => entry instanceof Y.Map && entry.get('id') === id);
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}
