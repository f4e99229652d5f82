// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { protocolExtensions } from '../../../shared/editor/extensions';
import { agendaItemJson, docJson, paragraphJson } from '../../../shared/protocol/nodeJson';
import { HeadingPlaceholders } from './HeadingPlaceholders';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function editorWith(...items: ReturnType<typeof agendaItemJson>[]): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...protocolExtensions(), HeadingPlaceholders.configure({ title: 'Rubrik', presenter: 'Föredragande' })],
    content: docJson(...items),
  });
  editors.push(editor);
  return editor;
}

const placeholders = (editor: Editor) => [...editor.view.dom.querySelectorAll('.is-empty')].map((element) => `${element.tagName.toLowerCase()}:${element.getAttribute('data-placeholder')}`);

describe('HeadingPlaceholders', () => {
  it('says what an empty title and presenter are for, and nothing where they hold text', () => {
    const editor = editorWith(agendaItemJson('', [paragraphJson()]), agendaItemJson('Budget', [paragraphJson('Text.')], 'Ove'));
    expect(placeholders(editor)).toEqual(['h2:Rubrik', 'p:Föredragande']);
  });

  it('drops the placeholder as soon as the title is typed', () => {
    const editor = editorWith(agendaItemJson('', [paragraphJson()], 'Ove'));
    editor.commands.insertContentAt(2, 'Val av justerare');
    expect(placeholders(editor)).toEqual([]);
  });
});
