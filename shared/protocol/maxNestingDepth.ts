/**
 * The deepest a shared type may stand in a meeting's Y.Doc, counted from its
 * root type: a § at the top of the body is 1, its decision 2, a clause 3 and
 * the clause's text 4. The server refuses an update that would nest deeper
 * (close code 4413), and the protocol reader flattens what lies deeper in a
 * document stored before the limit, so that no reader recurses without bound.
 *
 * Why 100: what the editor produces is far shallower. A list adds 2 levels
 * (list, item) under the 2 of a paragraph and its text, a table 3 (table, row,
 * cell), a quote 1. A Word paste with a list nested the 9 levels Word allows,
 * inside a table inside a table cell inside a quote in a §, is
 * 1 + 1 + 3 + 3 + 9 × 2 + 2 = 28; 100 is more than three times that. And it is
 * small enough for the recursive readers after it (y-tiptap, ProseMirror,
 * the text and block readers, every export), which take a few stack frames a
 * level: some thousand frames at most, a tenth of Node's default stack.
 */
export const MAX_NESTING_DEPTH = 100;
