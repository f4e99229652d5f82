import type { JSONContent } from '@tiptap/core';

/**
 * One line of pasted text (a line of plain text, or a paragraph/heading of HTML)
 * before the protocol structure is recognised. `runs` are inline JSON nodes.
 */
export interface PasteLine {
  kind: 'line';
  runs: JSONContent[];
  /** Separated from the previous block by a blank line (always so between HTML paragraphs). */
  blankBefore: boolean;
  /** May be joined to the previous line as a wrapped or hyphenated line (plain text only). */
  joinable: boolean;
  /** A list item whose marker ("- ", "• ") has been removed from `runs`. */
  bullet: boolean;
  /** Level of an HTML heading, if the line was one. */
  heading?: number;
}

/** A block that is already structure (a table, an HTML list) and is placed as it is. */
export interface PasteNode {
  kind: 'node';
  node: JSONContent;
  /** For lists: each item's inline content, used as clauses when the list follows a decision lead-in. */
  clauses?: JSONContent[][];
}

/** What both the plain-text and the HTML reader hand to the structure recogniser. */
export type PasteBlock = PasteLine | PasteNode;
