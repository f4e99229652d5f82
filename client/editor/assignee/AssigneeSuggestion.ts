import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import type { ActionItemAttrs } from '../../../shared/editor/nodes/actionItem';
import type { Attendee } from '../../../shared/protocol/types';
import { popupRender } from '../suggestion/popupRender';
import { AssigneePicker } from './AssigneePicker';
import { assigneeOptions } from './assigneeOptions';
import type { AssigneeOption } from './assigneeOptions';
import { withAssignee } from './assigneeNames';

export interface AssigneeSuggestionOptions {
  /** The meeting's attendees now (read from the Y.Doc on every keystroke of the query). */
  attendees: () => Attendee[];
}

const assigneeKey = new PluginKey('assigneeSuggestion');

/**
 * "@" inside an action item picks who does it: the chosen name is added to
 * the item's assignees and the typed "@query" leaves the task text.
 */
export const AssigneeSuggestion = Extension.create<AssigneeSuggestionOptions>({
  name: 'assigneeSuggestion',

  addOptions() {
    return { attendees: () => [] };
  },

  addProseMirrorPlugins() {
    const { attendees } = this.options;
    return [
      Suggestion<AssigneeOption, AssigneeOption>({
        editor: this.editor,
        pluginKey: assigneeKey,
        char: '@',
        // Names have spaces ("Zophia Zander Norell"); the options stop offering after a few words.
        allowSpaces: true,
        allow: ({ state, range }) => state.doc.resolve(range.from).parent.type.name === 'actionItem',
        items: ({ query }) => assigneeOptions(attendees(), query),
        command: ({ editor, range, props: option }) => {
          editor
            .chain()
            .focus()
            .deleteRange(range)
            .command(({ tr }) => {
              const { $from } = tr.selection;
              const itemPos = $from.before($from.depth);
              const node = tr.doc.nodeAt(itemPos);
              if (!node || node.type.name !== 'actionItem') return false;
              const current = node.attrs as ActionItemAttrs;
              tr.setNodeMarkup(itemPos, undefined, { ...current, assignee: withAssignee(current.assignee, option.name) });
              // "@Anna ska…" leaves "ska…": no double space where the name was.
              const after = tr.doc.textBetween($from.pos, Math.min($from.end(), $from.pos + 1));
              const before = tr.doc.textBetween(Math.max($from.start(), $from.pos - 1), $from.pos);
              if (after === ' ' && (before === ' ' || before === '')) tr.delete($from.pos, $from.pos + 1);
              return true;
            })
            .run();
        },
        render: popupRender(AssigneePicker, 'assignee-picker'),
      }),
    ];
  },
});
