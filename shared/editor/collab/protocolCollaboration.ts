import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../collab/constants';

/**
 * The Yjs binding of the protocol body, as every editor (browser or headless) has it.
 * It runs on `@tiptap/y-tiptap` as patched in `patches/` (see README, "Co-editing"):
 * the local caret decides where an ambiguous text edit went, and a caret in text
 * that still exists stays where Yjs puts it after someone else's edit.
 */
export function protocolCollaboration(doc: Y.Doc): AnyExtension[] {
  return [Collaboration.configure({ document: doc, field: BODY_FRAGMENT })];
}
