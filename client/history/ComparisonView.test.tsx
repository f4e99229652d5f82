// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { HistoryComparison } from '../../shared/api/history';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { protocolExtensions } from '../../shared/editor/extensions';
import { agendaItemJson, paragraphJson } from '../../shared/protocol/nodeJson';
import { I18nProvider } from '../i18n/I18nProvider';
import { ComparisonView } from './ComparisonView';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const emptyDeletes = () => base64(Y.encodeSnapshot(Y.createSnapshot(Y.createDeleteSet(), new Map())));

/** The meeting as the server's replay holds it: three §, then the secretary deletes the second and the participant adds a line. */
function comparison(): HistoryComparison {
  const doc = new Y.Doc({ gc: false });
  const secretary = new Y.Doc({ gc: false });
  const schema = getSchema(protocolExtensions());
  const content: JSONContent = {
    type: 'doc',
    content: [
      agendaItemJson('Mötets öppnande', [paragraphJson('Ordföranden öppnade mötet.')]),
      agendaItemJson('Budget 2027', [paragraphJson('Nämnden fastställer budgeten.')]),
      agendaItemJson('Lokalfrågor', [paragraphJson('Skolan byggs om.')]),
    ],
  };
  prosemirrorJSONToYXmlFragment(schema, content, secretary.getXmlFragment(BODY_FRAGMENT));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(secretary));
  const from = Y.snapshot(doc);
  const before = Y.encodeStateVector(doc);
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  const deletion = new Y.Doc({ gc: false });
  Y.applyUpdate(deletion, Y.encodeStateAsUpdate(doc));
  const deleteClient = deletion.clientID;
  deletion.getXmlFragment(BODY_FRAGMENT).delete(1, 1);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(deletion, before));
  const deleted = Y.decodeUpdate(Y.encodeStateAsUpdate(deletion, before)).ds;
  const typist = new Y.Doc({ gc: false });
  Y.applyUpdate(typist, Y.encodeStateAsUpdate(doc));
  const lastText = typist.getXmlFragment(BODY_FRAGMENT).get(1) as Y.XmlElement;
  const paragraph = lastText.get(lastText.length - 1) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert((paragraph.get(0) as Y.XmlText).length, ' Arbetet börjar i maj.');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(typist, Y.encodeStateVector(doc)));
  expect(body.length).toBe(2);
  return {
    fromUpdateId: 1,
    toUpdateId: 3,
    update: base64(Y.encodeStateAsUpdate(doc)),
    fromSnapshot: base64(Y.encodeSnapshot(from)),
    toSnapshot: base64(Y.encodeSnapshot(Y.snapshot(doc))),
    authors: [
      { by: { name: null, role: 'secretary' }, clients: [deleteClient], deleted: base64(Y.encodeSnapshot(Y.createSnapshot(deleted, new Map()))) },
      { by: { name: 'Per Deltagare', role: 'participant' }, clients: [typist.clientID], deleted: emptyDeletes() },
    ],
  };
}

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

async function render(value: HistoryComparison): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <I18nProvider>
        <ComparisonView comparison={value} title="Ändringar" onClose={() => undefined} />
      </I18nProvider>,
    );
    // y-tiptap renders a snapshot on the next turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  mounted.push(() => act(() => root.unmount()));
  return container;
}

describe('ComparisonView', () => {
  it('shows the deleted § as removed by who deleted it, the new words as added by who typed them, and leaves the rest unmarked', async () => {
    const view = (await render(comparison())).querySelector<HTMLElement>('[data-testid="comparison-editor"]')!;
    const removed = [...view.querySelectorAll('[data-change="removed"]')];
    expect(removed.some((element) => element.textContent?.includes('Budget 2027') && element.getAttribute('data-author') === 'Sekreterare')).toBe(true);
    const added = [...view.querySelectorAll('.ychange-added')];
    expect(added.map((element) => [element.textContent, element.getAttribute('data-author')])).toEqual([[' Arbetet börjar i maj.', 'Per Deltagare']]);
    const marked = [...view.querySelectorAll('[data-change]')].map((element) => element.textContent ?? '').join(' ');
    expect(marked).not.toContain('Ordföranden öppnade mötet.');
    expect(view.textContent).toContain('Lokalfrågor');
  });
});
