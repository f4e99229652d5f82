import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { numberingDecorations } from './numberingDecorations';

const numberingKey = new PluginKey<DecorationSet>('protocolNumbering');

/** Recomputes the ordinals of paragraphs (§) and decisions on every change of the text. */
export const ProtocolNumbering = Extension.create({
  name: 'protocolNumbering',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: numberingKey,
        state: {
          init: (_config, state) => numberingDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numberingDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => numberingKey.getState(state),
        },
      }),
    ];
  },
});
