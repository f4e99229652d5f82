import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { ActionItem } from './nodes/actionItem';
import { AgendaPresenter, AgendaTitle, DecisionLeadIn } from './nodes/agendaHeading';
import { AgendaItem } from './nodes/agendaItem';
import { Decision, DecisionClause } from './nodes/decision';
import { ProtocolDocument } from './protocolDocument';

/** Link schemes a protocol may contain; anything else is dropped on parse. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/**
 * The document schema both sides build the editor from. History is off:
 * with Yjs, undo must be collaborative (y-undo), not ProseMirror's.
 */
export function protocolExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      undoRedo: false,
      link: {
        openOnClick: false,
        protocols: [...ALLOWED_LINK_PROTOCOLS],
        isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url.trim()),
      },
    }),
    ProtocolDocument,
    TableKit.configure({ table: { resizable: false } }),
    AgendaItem,
    AgendaTitle,
    AgendaPresenter,
    Decision,
    DecisionLeadIn,
    DecisionClause,
    ActionItem,
  ];
}
