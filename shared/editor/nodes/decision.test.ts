// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorWithItemLine, pressKey, protocolEditor, typeText } from '../testing/protocolEditor';
import { DEFAULT_DECISION_LEAD_IN } from './decision';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function itemWithLine(text: string): Editor {
  const editor = editorWithItemLine('Förra mötets protokoll', text);
  editors.push(editor);
  return editor;
}

const bodyTypes = (editor: Editor) => {
  const types: string[] = [];
  editor.state.doc.child(0).forEach((node) => types.push(node.type.name));
  return types;
};

describe('decision', () => {
  it('turns "Beslut: " typed at the start of a line into a decision with the default lead-in', () => {
    const editor = itemWithLine('');
    typeText(editor, 'Beslut: ');
    expect(bodyTypes(editor)).toEqual(['decision']);
    const decision = editor.state.doc.child(0).child(0);
    expect(decision.attrs.leadIn).toBe(DEFAULT_DECISION_LEAD_IN);
    typeText(editor, 'lägga förra mötets protokoll till handlingarna');
    expect(decision.type.name).toBe('decision');
    expect(editor.state.doc.child(0).child(0).textContent).toBe('lägga förra mötets protokoll till handlingarna');
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
    const decision = editor.state.doc.child(0).child(1);
    expect(decision.childCount).toBe(2);
    expect(decision.child(1).textContent).toBe('lägga till en punkt');
  });

  it('leaves the decision with Enter on an empty last clause', () => {
    const editor = itemWithLine('');
    editor.commands.insertDecision();
    typeText(editor, 'godkänna');
    editor.commands.splitBlock();
    expect(pressKey(editor, 'Enter')).toBe(true);
    expect(bodyTypes(editor)).toEqual(['decision', 'paragraph']);
    expect(editor.state.doc.child(0).child(0).childCount).toBe(1);
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
    expect(editor.commands.setDecisionLeadIn('Nämnden beslutar att', 1)).toBe(true);
    expect(editor.state.doc.child(0).child(0).attrs.leadIn).toBe('Nämnden beslutar att');
    expect(editor.commands.setDecisionLeadIn('x', 0)).toBe(false);
  });
});
