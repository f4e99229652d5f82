import { ReactNodeViewRenderer } from '@tiptap/react';
import { ActionItem } from '../../../shared/editor/nodes/actionItem';
import { safeCommand } from '../commands/safeCommand';
import { ActionItemView } from '../views/ActionItemView';

/** The shared action item with its React view. */
export const ActionItemWithView = ActionItem.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ActionItemView);
  },

  addKeyboardShortcuts() {
    return { ...this.parent?.(), 'Mod-Alt-3': () => safeCommand(() => this.editor.commands.insertActionItem()) };
  },
});
