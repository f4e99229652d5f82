import { Extension } from '@tiptap/core';
import { FOCUS_AGENDA_TITLE_META } from '../../../shared/editor/nodes/agendaItem';
import { clearTitleFocus, requestTitleFocus } from './titleFocusRequests';

/**
 * Passes the schema's "a paragraph was just created here" signal to the node
 * views. It is set on this user's own transactions only, so a paragraph a
 * peer inserts never steals the caret.
 */
export const AgendaTitleFocus = Extension.create({
  name: 'agendaTitleFocus',

  onTransaction({ transaction, appendedTransactions }) {
    const at: unknown = transaction.getMeta(FOCUS_AGENDA_TITLE_META);
    if (typeof at !== 'number') {
      if (transaction.docChanged) clearTitleFocus(this.editor);
      return;
    }
    const mapped = appendedTransactions.reduce((pos, appended) => appended.mapping.map(pos), at);
    requestTitleFocus(this.editor, mapped);
  },
});
