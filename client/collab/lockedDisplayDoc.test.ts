import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { lockedDisplayDoc } from './lockedDisplayDoc';

/** A § as documents stored it before 2026-12: title and presenter as attributes. */
function oldShapeDoc(): Y.Doc {
  const doc = new Y.Doc();
  const item = new Y.XmlElement('agendaItem');
  item.setAttribute('title', 'Budget 2027');
  item.setAttribute('presenter', 'Ove Ek');
  const line = new Y.XmlElement('paragraph');
  line.insert(0, [new Y.XmlText('Förslaget presenteras.')]);
  item.insert(0, [line]);
  doc.getXmlFragment(BODY_FRAGMENT).insert(0, [item]);
  return doc;
}

describe('lockedDisplayDoc', () => {
  it('shows an old-shape protocol with its title and presenter as text, and leaves the adjusted bytes untouched', () => {
    const locked = oldShapeDoc();
    const adjustedBytes = Y.encodeStateAsUpdate(locked);
    let sent = 0;
    locked.on('update', () => sent++);

    const shown = lockedDisplayDoc(locked);

    expect(shown).not.toBe(locked);
    expect(shown.getXmlFragment(BODY_FRAGMENT).toJSON()).toBe(
      // Yjs writes element names in lower case.
      '<agendaitem><agendatitle>Budget 2027</agendatitle><agendapresenter>Ove Ek</agendapresenter><paragraph>Förslaget presenteras.</paragraph></agendaitem>',
    );
    expect(sent).toBe(0);
    expect(Y.encodeStateAsUpdate(locked)).toEqual(adjustedBytes);
  });

  it('shows a protocol in the current shape from the live document itself', () => {
    const doc = new Y.Doc();
    const item = new Y.XmlElement('agendaItem');
    const title = new Y.XmlElement('agendaTitle');
    title.insert(0, [new Y.XmlText('Budget 2027')]);
    item.insert(0, [title, new Y.XmlElement('agendaPresenter'), new Y.XmlElement('paragraph')]);
    doc.getXmlFragment(BODY_FRAGMENT).insert(0, [item]);
    expect(lockedDisplayDoc(doc)).toBe(doc);
  });
});
