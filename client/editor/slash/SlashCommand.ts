import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import type { InsertAction } from '../insert/insertActions';
import { INSERT_ACTIONS } from '../insert/insertActions';
import { popupRender } from '../suggestion/popupRender';
import { SlashMenu } from './SlashMenu';

const slashKey = new PluginKey('slashCommand');

/**
 * "/" at the start of an empty line opens a menu of what can be inserted
 * there; the typed "/query" filters it and is removed when one is picked.
 */
export const SlashCommand = Extension.create({
  name: 'slashCommand',

  addProseMirrorPlugins() {
    return [
      Suggestion<InsertAction, InsertAction>({
        editor: this.editor,
        pluginKey: slashKey,
        char: '/',
        startOfLine: true,
        allowSpaces: false,
        // Only a line holding nothing but the "/query": "/" inside prose is just a slash.
        allow: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          return $from.parent.type.name === 'paragraph' && $from.parent.content.size === range.to - range.from;
        },
        // The menu filters by the label in the current language, so it gets all actions.
        items: () => [...INSERT_ACTIONS],
        command: ({ editor, range, props: action }) => {
          editor.chain().focus().deleteRange(range).run();
          action.run(editor);
        },
        render: popupRender(SlashMenu, 'slash-menu'),
      }),
    ];
  },
});
