import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAttendee, readAttendees, readMeta, readSetMeta, removeAttendee, updateAttendee, writeMeta } from './yDocMeta';

function linked() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
  b.on('update', (u: Uint8Array) => Y.applyUpdate(a, u));
  return { a, b };
}

describe('meeting data in the Y.Doc', () => {
  it('has defaults and round-trips every field', () => {
    const doc = new Y.Doc();
    expect(readMeta(doc)).toMatchObject({ kind: 'protocol', firstParagraph: 1, bodyName: '' });
    writeMeta(doc, { bodyName: 'Skol- och utbildningschefer', firstParagraph: 18, place: 'digitalt via Teams', nextMeeting: { date: '2022-03-10', place: 'Hotell Falköping' } });
    expect(readMeta(doc)).toEqual({
      bodyName: 'Skol- och utbildningschefer',
      kind: 'protocol',
      startsAt: '',
      place: 'digitalt via Teams',
      firstParagraph: 18,
      nextMeeting: { date: '2022-03-10', time: '', place: 'Hotell Falköping' },
    });
  });

  it('ignores forged values of the wrong type', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('firstParagraph', 'many');
    doc.getMap('meta').set('kind', 'opera');
    expect(readMeta(doc)).toMatchObject({ firstParagraph: 1, kind: 'protocol' });
  });

  it('keeps concurrent edits of different attendee fields', () => {
    const { a, b } = linked();
    const id = addAttendee(a, { name: 'Anneli Alm', organization: 'Tidaholm', role: 'ledamot', presence: 'present' });
    updateAttendee(a, id, { role: 'ordforande' });
    updateAttendee(b, id, { presence: 'absent' });
    expect(readAttendees(a)).toEqual(readAttendees(b));
    expect(readAttendees(a)[0]).toMatchObject({ name: 'Anneli Alm', role: 'ordforande', presence: 'absent' });
    expect(removeAttendee(b, id)).toBe(true);
    expect(readAttendees(a)).toEqual([]);
  });
});

describe('readSetMeta', () => {
  it('lists only the fields the document sets, with valid values', () => {
    const doc = new Y.Doc();
    expect(readSetMeta(doc)).toEqual({});
    writeMeta(doc, { place: '  ', startsAt: '2022-02-11', firstParagraph: 18 });
    doc.getMap('meta').set('kind', 'opera');
    expect(readSetMeta(doc)).toEqual({ startsAt: '2022-02-11', firstParagraph: 18 });
  });
});
