import { InputRule, mergeAttributes, Node } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos, Schema } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { headingKeys } from './headingKeys';

export interface AgendaItemAttrs {
  title: string;
  presenter: string;
}

/** Transaction meta set when an item is created by the user; the client focuses its title. */
export const FOCUS_AGENDA_TITLE_META = 'focusAgendaTitle';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    agendaItem: {
      /** Inserts a new paragraph (§) after the one holding the selection, or at the end. */
      insertAgendaItem: (attrs?: Partial<AgendaItemAttrs>) => ReturnType;
      /** Replaces the text of the title and/or presenter of the paragraph holding the selection (or at `pos`). */
      updateAgendaItem: (attrs: Partial<AgendaItemAttrs>, pos?: number) => ReturnType;
      /** Swaps the paragraph holding the selection with its neighbour; numbers follow. */
      moveAgendaItem: (direction: 'up' | 'down') => ReturnType;
    };
  }
}

/** Depth of the agendaItem around a position, or -1 at top level. */
export function agendaItemDepth($pos: ResolvedPos): number {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if ($pos.node(depth).type.name === 'agendaItem') return depth;
  }
  return -1;
}

/**
 * A paragraph of the protocol (§). Its number is never stored: it is
 * derived from the meeting's first paragraph number and the item's
 * position (see protocol/numbering.ts), so moving an item renumbers all.
 */
export const AgendaItem = Node.create({
  name: 'agendaItem',
  // Above StarterKit's heading, whose Mod-Alt-1 would otherwise take the key first.
  priority: 150,
  group: 'section',
  // Title and presenter are shared text, always there (the presenter often empty), then the body.
  content: 'agendaTitle agendaPresenter (block | itemBlock)+',
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'section[data-type="agenda-item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-item' }), 0];
  },

  addCommands() {
    return {
      insertAgendaItem:
        (attrs = {}) =>
        ({ state, tr, dispatch }) => {
          const item = createAgendaItem(state.schema, attrs);
          const depth = agendaItemDepth(state.selection.$from);
          const at = depth > 0 ? state.selection.$from.after(depth) : topLevelAfter(state.selection.$from);
          if (dispatch) {
            tr.insert(at, item);
            tr.setSelection(TextSelection.create(tr.doc, at + 2));
            tr.setMeta(FOCUS_AGENDA_TITLE_META, at).scrollIntoView();
          }
          return true;
        },
      updateAgendaItem:
        (attrs, pos) =>
        ({ state, tr, dispatch }) => {
          const target = pos ?? enclosingItemPos(state.selection.$from);
          const node = target === null ? null : state.doc.nodeAt(target);
          if (target === null || !node || node.type.name !== 'agendaItem') return false;
          if (dispatch) {
            // Presenter first: replacing it does not move the title before it.
            if (attrs.presenter !== undefined) replaceChildText(tr, target, node, 'agendaPresenter', attrs.presenter);
            if (attrs.title !== undefined) replaceChildText(tr, target, node, 'agendaTitle', attrs.title);
          }
          return true;
        },
      moveAgendaItem:
        (direction) =>
        ({ state, tr, dispatch }) => moveItem(state.doc, enclosingItemPos(state.selection.$from), direction, tr, dispatch),
    };
  },

  addKeyboardShortcuts() {
    return {
      ...headingKeys(this.editor),
      'Mod-Alt-1': () => {
        this.editor.commands.insertAgendaItem();
        return true;
      },
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveAgendaItem('up'),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveAgendaItem('down'),
    };
  },

  addInputRules() {
    return [
      // "§ " at the start of an empty line starts a new paragraph; what followed in the old one moves with it.
      new InputRule({
        find: /^§\s$/,
        handler: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          const textblock = $from.parent;
          if (textblock.type.name !== 'paragraph' || textblock.textContent !== '§') return null;
          splitIntoNewItem(state.tr, $from);
        },
      }),
    ];
  },
});

/** A paragraph (§) with its title and presenter text and a body (an empty line if none). */
export function createAgendaItem(schema: Schema, attrs: Partial<AgendaItemAttrs>, body?: PMNode[]): PMNode {
  const content = body && body.length > 0 ? body : [schema.nodes.paragraph!.create()];
  const text = (value: string | undefined) => (value ? schema.text(value) : null);
  return schema.nodes.agendaItem!.create(null, [
    schema.nodes.agendaTitle!.create(null, text(attrs.title)),
    schema.nodes.agendaPresenter!.create(null, text(attrs.presenter)),
    ...content,
  ]);
}

/** Replaces the whole text of the item's title or presenter (a command, not typing: typing merges by character). */
function replaceChildText(tr: Transaction, itemPos: number, item: PMNode, type: 'agendaTitle' | 'agendaPresenter', text: string): void {
  let offset = 0;
  for (let index = 0; index < item.childCount; index++) {
    const child = item.child(index);
    if (child.type.name === type) {
      const from = tr.mapping.map(itemPos + 1 + offset + 1);
      const to = tr.mapping.map(itemPos + 1 + offset + child.nodeSize - 1);
      if (text) tr.replaceWith(from, to, tr.doc.type.schema.text(text));
      else tr.delete(from, to);
      return;
    }
    offset += child.nodeSize;
  }
}

function topLevelAfter($pos: ResolvedPos): number {
  return $pos.depth === 0 ? $pos.pos : $pos.after(1);
}

function enclosingItemPos($pos: ResolvedPos): number | null {
  const depth = agendaItemDepth($pos);
  return depth > 0 ? $pos.before(depth) : null;
}

/**
 * Replaces the line holding "§" with a new item: the blocks after that line
 * (inside the current item) become the new item's body, as a heading would
 * start a new section in a word processor.
 */
function splitIntoNewItem(tr: Transaction, $from: ResolvedPos): void {
  const schema = tr.doc.type.schema;
  const lineDepth = $from.depth;
  const itemDepth = agendaItemDepth($from);
  const lineStart = $from.before(lineDepth);
  const lineEnd = $from.after(lineDepth);
  if (itemDepth < 0 || itemDepth !== lineDepth - 1) {
    // A line at top level (or nested in a list): the line itself becomes the item.
    const item = createAgendaItem(schema, {});
    tr.replaceWith(lineStart, lineEnd, item);
    tr.setSelection(TextSelection.create(tr.doc, lineStart + 2));
    tr.setMeta(FOCUS_AGENDA_TITLE_META, lineStart);
    return;
  }
  const item = $from.node(itemDepth);
  const itemEnd = $from.after(itemDepth);
  const index = $from.index(itemDepth);
  const following: PMNode[] = [];
  item.forEach((child, _offset, childIndex) => {
    if (childIndex > index) following.push(child);
  });
  const newItem = createAgendaItem(schema, {}, following);
  if (item.childCount === 1) {
    // The only line: keep the old item valid with an empty line, the new one follows.
    tr.replaceWith(lineStart + 1, lineEnd - 1, []);
    tr.insert(itemEnd, newItem);
    tr.setSelection(TextSelection.create(tr.doc, itemEnd + 2));
    tr.setMeta(FOCUS_AGENDA_TITLE_META, itemEnd);
    return;
  }
  tr.delete(lineStart, itemEnd - 1);
  const insertAt = tr.mapping.map(itemEnd);
  tr.insert(insertAt, newItem);
  tr.setSelection(TextSelection.create(tr.doc, insertAt + 2));
  tr.setMeta(FOCUS_AGENDA_TITLE_META, insertAt);
}

function moveItem(
  doc: PMNode,
  itemPos: number | null,
  direction: 'up' | 'down',
  tr: Transaction,
  dispatch: ((tr: Transaction) => void) | undefined,
): boolean {
  if (itemPos === null) return false;
  const $item = doc.resolve(itemPos);
  const parent = $item.parent;
  const index = $item.index();
  const otherIndex = direction === 'up' ? index - 1 : index + 1;
  if (otherIndex < 0 || otherIndex >= parent.childCount) return false;
  const other = parent.child(otherIndex);
  if (other.type.name !== 'agendaItem') return false;
  const item = parent.child(index);
  if (!dispatch) return true;
  const selectionOffset = tr.selection.from - itemPos;
  if (direction === 'up') {
    const otherPos = itemPos - other.nodeSize;
    tr.replaceWith(otherPos, itemPos + item.nodeSize, [item, other]);
    tr.setSelection(TextSelection.create(tr.doc, otherPos + selectionOffset));
  } else {
    tr.replaceWith(itemPos, itemPos + item.nodeSize + other.nodeSize, [other, item]);
    tr.setSelection(TextSelection.create(tr.doc, itemPos + other.nodeSize + selectionOffset));
  }
  dispatch(tr.scrollIntoView());
  return true;
}
