import { ReactNodeViewRenderer } from '@tiptap/react';
import { Decision } from '../../../shared/editor/nodes/decision';
import { safeCommand } from '../commands/safeCommand';
import { rerenderOnNumbering } from '../numbering/rerenderOnNumbering';
import { DecisionView } from '../views/DecisionView';

/** The shared decision with its React view; its clauses sit in a real <ol>. */
export const DecisionWithView = Decision.extend({
  addNodeView() {
    return ReactNodeViewRenderer(DecisionView, { update: rerenderOnNumbering, contentDOMElementTag: 'ol' });
  },

  addKeyboardShortcuts() {
    return { ...this.parent?.(), 'Mod-Alt-2': () => safeCommand(() => this.editor.commands.insertDecision()) };
  },
});
