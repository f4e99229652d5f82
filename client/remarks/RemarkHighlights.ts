import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { applyRemarkHighlights } from './applyRemarkHighlights';
import { readYBinding } from './readYBinding';
import { remarkHighlightsKey } from './remarkHighlightsKey';
import type { RemarkHighlightMeta, RemarkHighlightState } from './remarkHighlightsKey';

/**
 * Marks the text of the open remark threads (anchored by Yjs relative
 * positions, so the marks follow everyone's edits) and selects a thread when
 * its text is clicked. The list of threads is pushed in with a meta
 * transaction (setRemarkHighlights); read-only editors show them too.
 */
export const RemarkHighlights = Extension.create({
  name: 'remarkHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<RemarkHighlightState>({
        key: remarkHighlightsKey,
        state: {
          init: (_config, state) => ({ remarks: [], ranges: new Map(), activeId: null, decorations: DecorationSet.create(state.doc, []) }),
          apply: (tr, previous, oldState) => applyRemarkHighlights(tr, previous, readYBinding(oldState)),
        },
        props: {
          decorations: (state) => remarkHighlightsKey.getState(state)?.decorations,
          handleDOMEvents: {
            click: (view, event) => {
              const target = event.target instanceof Element ? event.target.closest('[data-remark-id]') : null;
              const id = Number(target?.getAttribute('data-remark-id'));
              if (!target || !view.dom.contains(target) || !Number.isInteger(id)) return false;
              const meta: RemarkHighlightMeta = { activeId: id };
              view.dispatch(view.state.tr.setMeta(remarkHighlightsKey, meta));
              // Not handled: the click still places the caret or starts a selection.
              return false;
            },
          },
        },
      }),
    ];
  },
});
