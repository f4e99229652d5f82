import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { protocolExtensions } from '../../shared/editor/extensions';
import type { CollabSession } from '../collab/createCollabSession';
import type { CollabUser } from './collabUser';

/** The shared schema plus what only a live browser needs: Yjs binding and peers' carets. */
export function editorExtensions(session: Pick<CollabSession, 'doc' | 'provider'>, user: CollabUser): AnyExtension[] {
  return [
    ...protocolExtensions(),
    Collaboration.configure({ document: session.doc, field: BODY_FRAGMENT }),
    CollaborationCaret.configure({ provider: session.provider, user: { ...user } }),
  ];
}
