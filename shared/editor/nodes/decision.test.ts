// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorWithItemLine, itemBody, pressKey, protocolEditor, typeText } from '../testing/protocolEditor';
import { DEFAULT_DECISION_LEAD_IN } from './decision';
import { decisionLeadInOf } from './headingText';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function itemWithLine(text: string): Editor {
  const editor = editorWithItemLine('Förra mötets protokoll', text);
  editors.push(editor);
  return editor;
}

const bodyTypes = (editor: Editor) => itemBody(editor).map((node) => node.type.name);
const bodyNode = (editor: Editor, index: number) => itemBody(editor)[index]!;

describe('decision', () => {
  it('turns "Beslut: " typed at the start of a line into a decision with the default lead-in', () => {
    const editor = itemWithLine('');
    typeText(editor, 'Beslut: ');
    expect(bodyTypes(editor)).toEqual(['decision']);
    expect(decisionLeadInOf(bodyNode(editor, 0))).toBe(DEFAULT_DECISION_LEAD_IN);
    typeText(editor, 'lägga förra mötets protokoll till handlingarna');
    expect(bodyNode(editor, 0).child(1).textContent).toBe('lägga förra mötets protokoll till handlingarna');
  });

  it('does not turn "Beslut: " inside a sentence into a decision', () => {
    const editor = itemWithLine('Se ');
    typeText(editor, 'Beslut: x');
    expect(bodyTypes(editor)).toEqual(['paragraph']);
  });

  it('inserts after the current line with the command and shortcut, with att-clauses split by Enter', () => {
    const editor = itemWithLine('Diskussion om dagordningen.');
    expect(editor.commands.insertDecision()).toBe(true);
    expect(bodyTypes(editor)).toEqual(['paragraph', 'decision']);
    typeText(editor, 'godkänna dagordningen');
    editor.commands.splitBlock();
    typeText(editor, 'lägga till en punkt');
    const decision = bodyNode(editor, 1);
    // The lead-in, then two att-clauses.
    expect(decision.childCount).toBe(3);
    expect(decision.child(2).textContent).toBe('lägga till en punkt');
  });

  it('leaves the decision with Enter on an empty last clause', () => {
    const editor = itemWithLine('');
    editor.commands.insertDecision();
    typeText(editor, 'godkänna');
    editor.commands.splitBlock();
    expect(pressKey(editor, 'Enter')).toBe(true);
    expect(bodyTypes(editor)).toEqual(['decision', 'paragraph']);
    expect(bodyNode(editor, 0).childCount).toBe(2);
    expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('refuses a decision outside a paragraph (§), where it could not be cited', () => {
    const editor = protocolEditor(undefined, { type: 'doc', content: [{ type: 'paragraph' }] });
    editors.push(editor);
    editor.commands.focus('start');
    expect(editor.commands.insertDecision()).toBe(false);
  });

  it('edits the lead-in', () => {
    const editor = itemWithLine('');
    editor.commands.insertDecision();
    let decisionPos = -1;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'decision') decisionPos = pos;
    });
    expect(editor.commands.setDecisionLeadIn('Nämnden beslutar att', decisionPos)).toBe(true);
    expect(decisionLeadInOf(bodyNode(editor, 0))).toBe('Nämnden beslutar att');
    expect(editor.commands.setDecisionLeadIn('x', 0)).toBe(false);
  });

  it('Enter in the lead-in goes on to the first att-clause; Backspace there steps back without joining them', () => {
    const editor = itemWithLine('');
    editor.commands.insertDecision();
    pressKey(editor, 'Backspace');
    expect(editor.state.selection.$from.parent.type.name).toBe('decisionLeadIn');
    typeText(editor, ' enhälligt');
    pressKey(editor, 'Enter');
    typeText(editor, 'godkänna');
    expect(decisionLeadInOf(bodyNode(editor, 0))).toBe(`${DEFAULT_DECISION_LEAD_IN} enhälligt`);
    expect(bodyNode(editor, 0).child(1).textContent).toBe('godkänna');
  });
});
