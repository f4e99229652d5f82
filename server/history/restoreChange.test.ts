import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { extractProtocol } from '../../shared/protocol/extractProtocol';
import { buildMeetingDoc } from '../../shared/protocol/buildMeetingDoc';
import { agendaItemJson, docJson, paragraphJson } from '../../shared/protocol/nodeJson';
import { restoreChange } from './restoreChange';

const record = { id: 'm', title: 'Styrelsemöte', kind: 'protocol' as const, body: null, startsAt: null, place: null, state: 'draft' as const, firstParagraph: 1 };
const items = (doc: Y.Doc) => extractProtocol(doc, record).items.map((item) => `${item.number} ${item.title}: ${item.text}`);

/** The meeting at a checkpoint (`past`, as a replay of its log gives it) and the live document that went on from it. */
function meeting() {
  const past = buildMeetingDoc({ body: docJson(agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnar mötet.')]), agendaItemJson('Budget', [paragraphJson('Budgeten fastställs.')]), agendaItemJson('Lokaler', [paragraphJson('Skolan byggs om.')])) });
  const live = new Y.Doc();
  Y.applyUpdate(live, Y.encodeStateAsUpdate(past));
  return { past, live, body: live.getXmlFragment(BODY_FRAGMENT) };
}

describe('restoring from a checkpoint', () => {
  it('replaces a § that still stands where it stands, and leaves the others as they are now', () => {
    const { past, live, body } = meeting();
    const budget = (body.get(1) as Y.XmlElement).get(2) as Y.XmlElement;
    (budget.get(0) as Y.XmlText).insert(0, 'Inte: ');
    ((body.get(2) as Y.XmlElement).get(2) as Y.XmlElement).insert(0, [new Y.XmlText('Ny text. ')]);
    restoreChange(past, 1, 2)(live);
    expect(items(live)).toEqual(['1 Mötets öppnande: Ordföranden öppnar mötet.', '2 Budget: Budgeten fastställs.', '3 Lokaler: Ny text. Skolan byggs om.']);
  });

  it('puts a deleted § back after the node that stood before it, even when that one moved', () => {
    const { past, live, body } = meeting();
    body.delete(1, 1);
    body.insert(0, [new Y.XmlElement('paragraph')]);
    restoreChange(past, 1, 2)(live);
    expect(items(live)).toEqual(['1 Mötets öppnande: Ordföranden öppnar mötet.', '2 Budget: Budgeten fastställs.', '3 Lokaler: Skolan byggs om.']);
  });

  it('refuses a § number the checkpoint does not have, before anything is changed', () => {
    const { past } = meeting();
    expect(() => restoreChange(past, 1, 4)).toThrow(/no § 4/);
  });
});
