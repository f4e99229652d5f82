import { Extension, Mark, type AnyExtension, type Node } from '@tiptap/core';
import { protocolExtensions } from '../../shared/editor/extensions';

/** What y-tiptap's snapshot rendering puts on changed text and nodes. */
interface YChange {
  type: 'added' | 'removed';
  user: string | null;
  color?: { light: string; dark: string };
}

function isChange(value: unknown): value is YChange {
  return typeof value === 'object' && value !== null && 'type' in value && (value.type === 'added' || value.type === 'removed');
}

function changeAttributes(value: unknown, inline: boolean): Record<string, string> {
  if (!isChange(value)) return {};
  return {
    // Text is highlighted; a whole block gets a bar beside it (history.css), not a highlight.
    ...(inline ? { class: `ychange ychange-${value.type}` } : {}),
    'data-change': value.type,
    'data-author': value.user ?? '',
    title: value.user ?? '',
    ...(value.color ? { style: `--change-color: ${value.color.dark}; --change-soft: ${value.color.light}` } : {}),
  };
}

/** The mark y-tiptap gives inserted and deleted text when it renders a comparison; only the comparison view's schema has it. */
export const ChangeMark = Mark.create({
  name: 'ychange',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      user: { default: null, rendered: false },
      type: { default: null, rendered: false },
      color: { default: null, rendered: false },
    };
  },
  renderHTML({ mark }) {
    return ['span', changeAttributes(mark.attrs, true), 0];
  },
});

/** Block nodes the comparison marks as added or removed as a whole (a deleted §, a new decision). */
const BLOCKS = ['paragraph', 'heading', 'agendaItem', 'agendaTitle', 'agendaPresenter', 'decision', 'decisionLeadIn', 'decisionClause', 'actionItem', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'table'];

export const ChangedBlocks = Extension.create({
  name: 'changedBlocks',
  addGlobalAttributes() {
    return [
      {
        types: BLOCKS,
        attributes: {
          ychange: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: (attributes) => changeAttributes(attributes['ychange'], false) },
        },
      },
    ];
  },
});

/** Text lines of the protocol that take no marks in the editor (a title is plain text); a comparison must still mark their changes. */
const PLAIN_LINES = new Set(['agendaTitle', 'agendaPresenter', 'decisionLeadIn']);

/**
 * The schema of the comparison view: the protocol's, where every text may
 * carry the change mark, plus the mark and the block attribute. Without
 * it, a changed title would not fit its node and y-tiptap would leave the
 * whole § out of the comparison.
 */
export function comparisonExtensions(): AnyExtension[] {
  const lines = protocolExtensions().map((extension) => (PLAIN_LINES.has(extension.name) ? (extension as Node).extend({ marks: 'ychange' }) : extension));
  return [...lines, ChangeMark, ChangedBlocks];
}
