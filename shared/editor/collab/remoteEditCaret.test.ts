// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionItemJson, agendaItemJson, decisionJson, docJson, paragraphJson, tableJson } from '../../protocol/nodeJson';
import { protocolEditor, typeText } from '../testing/protocolEditor';

/**
 * Two people in one document, each with their own editor and Y.Doc, linked
 * as the server links them: every update of one is applied to the other at once.
 */
function twoPeople(content: JSONContent, network = new Network()): [Editor, Editor] {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  network.link(docA, docB);
  network.link(docB, docA);
  const a = protocolEditor(docA, content);
  network.flush();
  const b = protocolEditor(docB);
  editors.push(a, b);
  return [a, b];
}

const REMOTE = 'remote';

/** Carries updates between the two docs: at once, or held back until `flush` as a slow connection would. */
class Network {
  private readonly pending: (() => void)[] = [];
  constructor(private readonly holdBack = false) {}

  link(from: Y.Doc, to: Y.Doc): void {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const deliver = () => Y.applyUpdate(to, update, REMOTE);
      if (this.holdBack) this.pending.push(deliver);
      else deliver();
    });
  }

  flush(): void {
    for (const deliver of this.pending.splice(0)) deliver();
  }
}

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Puts the caret right after the first occurrence of `text` in the document. */
function caretAfter(editor: Editor, text: string): void {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at >= 0 || !node.isText) return at < 0;
    const index = (node.text ?? '').indexOf(text);
    if (index >= 0) at = pos + index + text.length;
    return false;
  });
  if (at < 0) throw new Error(`"${text}" is not in the document`);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
}

/** Both type their text one key at a time, in turns, each key reaching the other at once. */
function typeInTurns(a: Editor, textA: string, b: Editor, textB: string, network?: Network, keysPerRoundTrip = 1): void {
  const keysA = [...textA];
  const keysB = [...textB];
  for (let turn = 1; keysA.length > 0 || keysB.length > 0; turn++) {
    const keyA = keysA.shift();
    if (keyA !== undefined) typeText(a, keyA);
    const keyB = keysB.shift();
    if (keyB !== undefined) typeText(b, keyB);
    if (network && turn % keysPerRoundTrip === 0) network.flush();
  }
  network?.flush();
}

const OPENING = 'Ordföranden öppnar mötet.';
const line = (text: string): JSONContent => paragraphJson(text);
const item = (title: string, ...body: JSONContent[]): JSONContent => agendaItemJson(title, body, 'Anna Andersson');

/** Every place of the protocol where people write text, each holding OPENING. */
const PLACES: Record<string, JSONContent> = {
  'a top-level line': docJson(line(OPENING)),
  'a § body': docJson(item('Mötets öppnande', line(OPENING)), item('Nästa möte', line('Den 3 mars.'))),
  'a § title': docJson(item('Budget', line('Text.')), item(OPENING, line('Text.'))),
  'a § presenter': docJson(agendaItemJson('Budget', [line('Text.')], OPENING)),
  'a decision lead-in': docJson(item('Budget', line('Förslag.'), decisionJson(['godkänna budgeten'], OPENING))),
  'a decision clause in a §': docJson(item('Budget', line('Förslag.'), decisionJson([OPENING]))),
  'an action-item task in a §': docJson(item('Uppföljning', line('Text.'), actionItemJson({ assignee: 'Bertil', task: OPENING }))),
  'a list item in a §': docJson(item('Rapporter', { type: 'bulletList', content: [{ type: 'listItem', content: [line('Ekonomi.')] }, { type: 'listItem', content: [line(OPENING)] }] })),
  'a table cell in a §': docJson(item('Tabell', tableJson(['Punkt', 'Kommentar'], [['Ekonomi', OPENING]]))),
};

const ANNA = ' Anna skriver här.';
const BERTIL = ' Bertil också.';

describe.each(Object.entries(PLACES))('two people writing in %s', (_place, content) => {
  it('typing at the same spot at once, each sentence comes out whole and in order, one after the other', () => {
    const [a, b] = twoPeople(content);
    caretAfter(a, OPENING);
    caretAfter(b, OPENING);
    typeInTurns(a, ANNA, b, BERTIL);

    const text = a.state.doc.textContent;
    expect([`${OPENING}${ANNA}${BERTIL}`, `${OPENING}${BERTIL}${ANNA}`].some((merged) => text.includes(merged))).toBe(true);
    expect(b.state.doc.toJSON()).toEqual(a.state.doc.toJSON());
  });

  it('typing at the same spot over a slow connection (three keys per round trip), each sentence still comes out whole', () => {
    const network = new Network(true);
    const [a, b] = twoPeople(content, network);
    caretAfter(a, OPENING);
    caretAfter(b, OPENING);
    typeInTurns(a, ANNA, b, BERTIL, network, 3);

    const text = a.state.doc.textContent;
    expect([`${OPENING}${ANNA}${BERTIL}`, `${OPENING}${BERTIL}${ANNA}`].some((merged) => text.includes(merged))).toBe(true);
    expect(b.state.doc.toJSON()).toEqual(a.state.doc.toJSON());
  });

  it('a correction earlier in the text while the other types on at the end leaves both exactly as typed', () => {
    const [secretary, participant] = twoPeople(content);
    caretAfter(secretary, OPENING);
    caretAfter(participant, 'Ordf');
    typeInTurns(secretary, ' Sekreteraren skriver vidare.', participant, 'ö-ö');

    expect(secretary.state.doc.textContent).toContain('Ordfö-ööranden öppnar mötet. Sekreteraren skriver vidare.');
    expect(participant.state.doc.toJSON()).toEqual(secretary.state.doc.toJSON());
  });

  it('keeps the typist’s caret where they were typing while the other deletes text before it', () => {
    const [secretary, participant] = twoPeople(content);
    caretAfter(secretary, OPENING);
    caretAfter(participant, 'Ordföranden ');
    const keys = [...' Klart.'];
    for (const key of keys) {
      typeText(secretary, key);
      const { from } = participant.state.selection;
      participant.view.dispatch(participant.state.tr.delete(from - 1, from));
    }

    expect(secretary.state.doc.textContent).toContain('Ordfööppnar mötet. Klart.');
    expect(participant.state.doc.toJSON()).toEqual(secretary.state.doc.toJSON());
  });
});

describe('collaborative undo in a § title', () => {
  it('takes back what this person typed in the title and keeps what the other typed there', () => {
    const [a, b] = twoPeople(docJson(item('Budget', line('Text.'))));
    // The prepared document is where the meeting starts, not an edit to take back.
    (yUndoPluginKey.getState(a.state) as { undoManager: Y.UndoManager }).undoManager.clear();
    caretAfter(a, 'Budget');
    typeText(a, ' 2027');
    b.view.dispatch(b.state.tr.setSelection(TextSelection.create(b.state.doc, 2)));
    typeText(b, 'Ny ');
    expect(a.state.doc.child(0).child(0).textContent).toBe('Ny Budget 2027');

    expect(a.commands.undo()).toBe(true);
    expect(a.state.doc.child(0).child(0).textContent).toBe('Ny Budget');
    expect(b.state.doc.child(0).child(0).textContent).toBe('Ny Budget');
  });
});
