import type { JSONContent } from '@tiptap/core';

/** What a pasted agenda or protocol converts to. */
export interface ProtocolPasteResult {
  /** A whole `doc` of the protocol schema: the text before the first item, then the items. */
  doc: JSONContent;
  /** Number of the first recognised item (§ 18 → 18; 1. → 1), or null when there is none. */
  firstNumber: number | null;
  /** Recognised agenda items; 0 means the text holds no agenda or protocol. */
  itemCount: number;
  /** Recognised decisions; only inside items, since the top level cannot hold one. */
  decisionCount: number;
}
