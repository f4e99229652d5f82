import { ReactNodeViewRenderer } from '@tiptap/react';
import { AgendaItem } from '../../../shared/editor/nodes/agendaItem';
import { insertAgendaItemHere } from '../commands/insertAgendaItemHere';
import { rerenderOnNumbering } from '../numbering/rerenderOnNumbering';
import { AgendaItemView } from '../views/AgendaItemView';

/** The shared paragraph (§) with its React view; dragging by the handle moves it. */
export const AgendaItemWithView = AgendaItem.extend({
  draggable: true,

  addNodeView() {
    return ReactNodeViewRenderer(AgendaItemView, { update: rerenderOnNumbering });
  },

  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      // At an empty line the line itself becomes the paragraph, leaving no blank line behind.
      'Mod-Alt-1': () => insertAgendaItemHere(this.editor),
    };
  },
});
