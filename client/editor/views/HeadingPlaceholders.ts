import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface HeadingPlaceholdersOptions {
  title: string;
  presenter: string;
}

/**
 * Says what an empty title or presenter of a paragraph (§) is for ("Rubrik",
 * "Föredragande"), as a field's placeholder would. Only the top-level
 * paragraphs are looked at, so a long protocol costs one pass over its §s.
 */
export const HeadingPlaceholders = Extension.create<HeadingPlaceholdersOptions>({
  name: 'headingPlaceholders',

  addOptions() {
    return { title: '', presenter: '' };
  },

  addProseMirrorPlugins() {
    const labels: Record<string, string> = { agendaTitle: this.options.title, agendaPresenter: this.options.presenter };
    // Asked for on every view update, caret moves included: computed once per document.
    let cached: { doc: unknown; set: DecorationSet } | null = null;
    return [
      new Plugin({
        key: new PluginKey('headingPlaceholders'),
        props: {
          decorations: (state) => {
            if (cached?.doc === state.doc) return cached.set;
            const decorations: Decoration[] = [];
            state.doc.forEach((item, offset) => {
              if (item.type.name !== 'agendaItem') return;
              let pos = offset + 1;
              for (let index = 0; index < Math.min(2, item.childCount); index++) {
                const child = item.child(index);
                const label = labels[child.type.name];
                if (label && child.content.size === 0) decorations.push(Decoration.node(pos, pos + child.nodeSize, { class: 'is-empty', 'data-placeholder': label }));
                pos += child.nodeSize;
              }
            });
            cached = { doc: state.doc, set: DecorationSet.create(state.doc, decorations) };
            return cached.set;
          },
        },
      }),
    ];
  },
});
