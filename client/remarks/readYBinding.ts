import type { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { ProsemirrorBinding } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** What converting between ProseMirror positions and Yjs relative positions needs. */
export interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorBinding['mapping'];
}

interface SyncPluginState {
  binding?: ProsemirrorBinding;
}

/**
 * The Yjs binding of an editor bound by the Collaboration extension, or null
 * for an editor without one. The binding object lives as long as the editor,
 * so a plugin may read it from the previous state while applying a transaction.
 */
export function readYBinding(state: EditorState): YBinding | null {
  const syncState = ySyncPluginKey.getState(state) as SyncPluginState | undefined;
  const binding = syncState?.binding;
  if (!binding) return null;
  return { doc: binding.doc, type: binding.type, mapping: binding.mapping };
}
