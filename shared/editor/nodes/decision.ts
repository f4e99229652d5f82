import { InputRule, mergeAttributes, Node } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** The lead-in a decision starts with unless the secretary edits it. */
export const DEFAULT_DECISION_LEAD_IN = 'Mötet beslutar att';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Turns the current line into a decision with one att-clause (inside a paragraph §). */
      insertDecision: () => ReturnType;
      /** Replaces the whole lead-in text of the decision at `pos`. */
      setDecisionLeadIn: (leadIn: string, pos: number) => ReturnType;
    };
  }
}

/** One att-clause of a decision. */
export const DecisionClause = Node.create({
  name: 'decisionClause',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'li[data-type="decision-clause"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { 'data-type': 'decision-clause' }), 0];
  },
});

/**
 * A decision: a lead-in ("Mötet beslutar att") and one or more att-clauses.
 * Its number within the paragraph ("§ 20, beslut 1") is derived from its position.
 */
export const Decision = Node.create({
  name: 'decision',
  // Above the core keymap, whose Enter (liftEmptyBlock) would otherwise take an empty clause first.
  priority: 150,
  group: 'itemBlock',
  // The lead-in is shared text, always there, then the clauses.
  content: 'decisionLeadIn decisionClause+',
  defining: true,

  parseHTML() {
    return [{ tag: 'div[data-type="decision"]', contentElement: 'ol' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'decision' }), ['ol', 0]];
  },

  addCommands() {
    return {
      insertDecision:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          // A selection of the whole document (or a dragged node) sits at depth 0: no line to follow.
          if ($from.depth === 0) return false;
          const decision = createDecision(state.schema);
          const lineStart = $from.before($from.depth);
          const lineEnd = $from.after($from.depth);
          const emptyLine = $from.parent.type.name === 'paragraph' && $from.parent.content.size === 0;
          const at = emptyLine ? lineStart : lineEnd;
          const $at = state.doc.resolve(at);
          if (!$at.parent.canReplaceWith($at.index(), $at.index() + (emptyLine ? 1 : 0), decision.type)) return false;
          if (dispatch) {
            if (emptyLine) tr.replaceWith(lineStart, lineEnd, decision);
            else tr.insert(lineEnd, decision);
            tr.setSelection(TextSelection.create(tr.doc, firstClauseStart(at, decision))).scrollIntoView();
          }
          return true;
        },
      setDecisionLeadIn:
        (leadIn, pos) =>
        ({ state, tr, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.firstChild?.type.name !== 'decisionLeadIn') return false;
          if (dispatch) {
            const from = pos + 2;
            const to = from + node.firstChild.content.size;
            if (leadIn) tr.replaceWith(from, to, state.schema.text(leadIn));
            else tr.delete(from, to);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // Swallowed even where no decision fits, so StarterKit's heading shortcut on the same keys never fires by surprise.
      'Mod-Alt-2': () => {
        this.editor.commands.insertDecision();
        return true;
      },
      // Enter on an empty last clause leaves the decision, as in a list.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== 'decisionClause' || $from.parent.content.size > 0) return false;
        const decisionDepth = $from.depth - 1;
        const decision = $from.node(decisionDepth);
        // The lead-in is child 0: a decision with one clause has two children and keeps it.
        if ($from.index(decisionDepth) !== decision.childCount - 1 || decision.childCount <= 2) return false;
        const clauseStart = $from.before($from.depth);
        const after = $from.after(decisionDepth);
        return editor
          .chain()
          .command(({ tr }) => {
            tr.delete(clauseStart, clauseStart + $from.parent.nodeSize);
            const insertAt = tr.mapping.map(after);
            tr.insert(insertAt, editor.schema.nodes.paragraph!.create());
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 1));
            return true;
          })
          .run();
      },
    };
  },

  addInputRules() {
    return [
      // "Beslut: " at the start of a line turns it into a decision.
      new InputRule({
        find: /^Beslut:\s$/,
        handler: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          if ($from.parent.type.name !== 'paragraph') return null;
          const lineStart = $from.before($from.depth);
          const lineEnd = $from.after($from.depth);
          const decision = createDecision(state.schema);
          const $line = state.doc.resolve(lineStart);
          if (!$line.parent.canReplaceWith($line.index(), $line.index() + 1, decision.type)) return null;
          state.tr.replaceWith(lineStart, lineEnd, decision);
          state.tr.setSelection(TextSelection.create(state.tr.doc, firstClauseStart(lineStart, decision)));
        },
      }),
    ];
  },
});

/** A decision with the default lead-in and one empty att-clause. */
export function createDecision(schema: Schema, leadIn = DEFAULT_DECISION_LEAD_IN): PMNode {
  return schema.nodes.decision!.create(null, [
    schema.nodes.decisionLeadIn!.create(null, leadIn ? schema.text(leadIn) : null),
    schema.nodes.decisionClause!.create(),
  ]);
}

/** Where the caret goes in a decision inserted at `at`: the start of its first att-clause. */
function firstClauseStart(at: number, decision: PMNode): number {
  return at + 1 + (decision.firstChild?.nodeSize ?? 0) + 1;
}
