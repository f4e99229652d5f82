import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAttendee, writeMeta } from '../../shared/protocol/yDocMeta';
import { createMeetingDataStore } from './meetingDataStore';
import { metaFromSummary } from './metaFromSummary';

const fallback = metaFromSummary({
  id: 'm1',
  title: 'Skolchefer',
  kind: 'notes',
  body: 'Skaraborg',
  bodyId: null,
  startsAt: null,
  timeZone: 'Europe/Stockholm',
  place: 'Teams',
  firstParagraph: 18,
  state: 'draft',
  createdAt: '2022-02-01T00:00:00.000Z',
  role: 'secretary',
});

describe('meetingDataStore', () => {
  it('shows the REST row while the document has no meeting data, then the document', () => {
    const doc = new Y.Doc();
    const store = createMeetingDataStore(doc, fallback);
    expect(store.getMeta()).toMatchObject({ kind: 'notes', bodyName: 'Skaraborg', place: 'Teams', firstParagraph: 18 });
    writeMeta(doc, { kind: 'protocol', firstParagraph: 21 });
    expect(store.getMeta()).toMatchObject({ kind: 'protocol', firstParagraph: 21, place: '' });
  });

  it('keeps a snapshot until something changes, and tells its listeners', () => {
    const doc = new Y.Doc();
    const store = createMeetingDataStore(doc, fallback);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const before = store.getAttendees();
    expect(store.getAttendees()).toBe(before);
    addAttendee(doc, { name: 'Anneli Alm', organization: 'Tidaholm', role: 'ledamot', presence: 'present' });
    expect(store.getAttendees()).not.toBe(before);
    expect(store.getAttendees().map((a) => a.name)).toEqual(['Anneli Alm']);
    writeMeta(doc, { place: 'Hotell Falköping' });
    expect(calls).toBe(2);
    unsubscribe();
    writeMeta(doc, { place: 'Mösseberg' });
    expect(calls).toBe(2);
  });
});
