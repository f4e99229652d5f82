import { mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { ActionStatus } from '../../protocol/types';

export interface ActionItemAttrs {
  /** Names, comma-separated when several share the task. */
  assignee: string;
  /** ISO date, 'next-meeting', or '' (see DUE_NEXT_MEETING). */
  due: string;
  status: ActionStatus;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      /** Inserts an action item (task text is its content) after the current line. */
      insertActionItem: (attrs?: Partial<ActionItemAttrs>) => ReturnType;
      updateActionItem: (attrs: Partial<ActionItemAttrs>, pos?: number) => ReturnType;
    };
  }
}

/** An action item: who does what by when; the task text is editable inline content. */
export const ActionItem = Node.create({
  name: 'actionItem',
  // Above StarterKit's heading, whose Mod-Alt-3 would otherwise take the key first.
  priority: 150,
  group: 'itemBlock',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      assignee: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-assignee') ?? '',
        renderHTML: (attributes: Partial<ActionItemAttrs>) => ({ 'data-assignee': attributes.assignee ?? '' }),
      },
      due: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-due') ?? '',
        renderHTML: (attributes: Partial<ActionItemAttrs>) => ({ 'data-due': attributes.due ?? '' }),
      },
      status: {
        default: 'open',
        parseHTML: (element) => (element.getAttribute('data-status') === 'done' ? 'done' : 'open'),
        renderHTML: (attributes: Partial<ActionItemAttrs>) => ({ 'data-status': attributes.status ?? 'open' }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="action-item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'action-item' }), 0];
  },

  addCommands() {
    return {
      insertActionItem:
        (attrs = {}) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          // A selection of the whole document (or a dragged node) sits at depth 0: no line to follow.
          if ($from.depth === 0) return false;
          const node = state.schema.nodes.actionItem!.create({ assignee: '', due: '', status: 'open', ...attrs });
          const emptyLine = $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
          const lineStart = $from.before($from.depth);
          const lineEnd = $from.after($from.depth);
          const at = emptyLine ? lineStart : lineEnd;
          const $at = state.doc.resolve(at);
          if (!$at.parent.canReplaceWith($at.index(), $at.index() + (emptyLine ? 1 : 0), node.type)) return false;
          if (dispatch) {
            if (emptyLine) tr.replaceWith(lineStart, lineEnd, node);
            else tr.insert(lineEnd, node);
            tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView();
          }
          return true;
        },
      updateActionItem:
        (attrs, pos) =>
        ({ state, tr, dispatch }) => {
          if (pos === undefined && state.selection.$from.depth === 0) return false;
          const target = pos ?? state.selection.$from.before(state.selection.$from.depth);
          const node = state.doc.nodeAt(target);
          if (!node || node.type.name !== 'actionItem') return false;
          if (dispatch) tr.setNodeMarkup(target, undefined, { ...node.attrs, ...attrs });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // Swallowed even where no action item fits, so StarterKit's heading shortcut on the same keys never fires by surprise.
      'Mod-Alt-3': () => {
        this.editor.commands.insertActionItem();
        return true;
      },
    };
  },
});
