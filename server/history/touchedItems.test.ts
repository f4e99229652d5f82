import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { buildMeetingDoc } from '../../shared/protocol/buildMeetingDoc';
import { agendaItemJson, docJson, paragraphJson } from '../../shared/protocol/nodeJson';
import { writeMeta } from '../../shared/protocol/yDocMeta';
import { agendaItemElement } from '../testing/agendaItemElement';
import { watchTouchedItems } from './touchedItems';

/** A body of an opening paragraph and three § (numbered from 18), and a watch on it. */
function meeting() {
  const doc = buildMeetingDoc({
    body: docJson(paragraphJson('Närvarande enligt bilaga.'), agendaItemJson('Mötets öppnande', [paragraphJson('')]), agendaItemJson('Budget', [paragraphJson('')]), agendaItemJson('Lokaler', [paragraphJson('')])),
  });
  writeMeta(doc, { firstParagraph: 18 });
  return { doc, body: doc.getXmlFragment(BODY_FRAGMENT), watch: watchTouchedItems(doc, 1) };
}

/** The text inside the § at `index` of the body (its paragraph's text). */
function textIn(body: Y.XmlFragment, index: number): Y.XmlText {
  const item = body.get(index) as Y.XmlElement;
  const paragraph = item.toArray().find((child) => child instanceof Y.XmlElement && child.nodeName === 'paragraph') as Y.XmlElement;
  return paragraph.get(0) instanceof Y.XmlText ? (paragraph.get(0) as Y.XmlText) : (paragraph.insert(0, [new Y.XmlText()]), paragraph.get(0) as Y.XmlText);
}

describe('which § an edit touched', () => {
  it('names the § text was typed in, by its number then', () => {
    const { body, watch } = meeting();
    textIn(body, 2).insert(0, 'Budgeten fastställs.');
    expect(watch.take()).toEqual([19]);
    expect(watch.take()).toEqual([]);
  });

  it('names a deleted § by the number it had, and an added one by the number it got', () => {
    const { doc, body, watch } = meeting();
    body.delete(2, 1);
    expect(watch.take()).toEqual([19]);
    body.insert(1, [agendaItemElement('Val av justerare', '')]);
    expect(watch.take()).toEqual([18]);
    doc.transact(() => {
      body.delete(1, 1);
      body.delete(1, 1);
    });
    expect(watch.take()).toEqual([18, 19]);
  });

  it('names no § for a change outside every §', () => {
    const { body, watch } = meeting();
    ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Protokoll. ');
    expect(watch.take()).toEqual([]);
  });
});
