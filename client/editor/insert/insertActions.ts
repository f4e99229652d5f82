import type { Editor } from '@tiptap/core';
import type { MessageKey } from '../../i18n/messageKey';
import { insertAgendaItemHere } from '../commands/insertAgendaItemHere';

export type InsertActionId = 'agendaItem' | 'decision' | 'actionItem' | 'table' | 'heading' | 'subheading' | 'bulletList' | 'orderedList';

/** Something the "/" menu and the toolbar can put at the caret. */
export interface InsertAction {
  id: InsertActionId;
  label: MessageKey;
  hint: MessageKey;
  /** Keymap binding, shown in tooltips and the menu. */
  shortcut: string | null;
  /** Words a "/" query also finds it by, in every UI language. */
  keywords: string[];
  run: (editor: Editor) => boolean;
  can: (editor: Editor) => boolean;
}

export const INSERT_ACTIONS: readonly InsertAction[] = [
  {
    id: 'agendaItem',
    label: 'insert.agendaItem',
    hint: 'insert.agendaItem.hint',
    shortcut: 'Mod-Alt-1',
    keywords: ['§', 'paragraf', 'punkt', 'paragraph', 'item', 'agenda'],
    run: (editor) => insertAgendaItemHere(editor),
    can: (editor) => editor.can().insertAgendaItem(),
  },
  {
    id: 'decision',
    label: 'insert.decision',
    hint: 'insert.decision.hint',
    shortcut: 'Mod-Alt-2',
    keywords: ['beslut', 'decision', 'att', 'resolution'],
    run: (editor) => editor.chain().focus().insertDecision().run(),
    can: (editor) => editor.can().insertDecision(),
  },
  {
    id: 'actionItem',
    label: 'insert.actionItem',
    hint: 'insert.actionItem.hint',
    shortcut: 'Mod-Alt-3',
    keywords: ['uppdrag', 'åtgärd', 'action', 'task', 'todo', 'ansvarig'],
    run: (editor) => editor.chain().focus().insertActionItem().run(),
    can: (editor) => editor.can().insertActionItem(),
  },
  {
    id: 'table',
    label: 'insert.table',
    hint: 'insert.table.hint',
    shortcut: null,
    keywords: ['tabell', 'table'],
    run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    can: (editor) => editor.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  {
    id: 'heading',
    label: 'insert.heading',
    hint: 'insert.heading.hint',
    shortcut: null,
    keywords: ['rubrik', 'heading', 'title', 'h2', '##'],
    run: (editor) => editor.chain().focus().setHeading({ level: 2 }).run(),
    can: (editor) => editor.can().setHeading({ level: 2 }),
  },
  {
    id: 'subheading',
    label: 'insert.subheading',
    hint: 'insert.subheading.hint',
    shortcut: null,
    keywords: ['underrubrik', 'subheading', 'h3', '###'],
    run: (editor) => editor.chain().focus().setHeading({ level: 3 }).run(),
    can: (editor) => editor.can().setHeading({ level: 3 }),
  },
  {
    id: 'bulletList',
    label: 'insert.bulletList',
    hint: 'insert.bulletList.hint',
    shortcut: 'Mod-Shift-8',
    keywords: ['punktlista', 'lista', 'bullet', 'list'],
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
    can: (editor) => editor.can().toggleBulletList(),
  },
  {
    id: 'orderedList',
    label: 'insert.orderedList',
    hint: 'insert.orderedList.hint',
    shortcut: 'Mod-Shift-7',
    keywords: ['numrerad', 'lista', 'ordered', 'numbered', 'list'],
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
    can: (editor) => editor.can().toggleOrderedList(),
  },
];
