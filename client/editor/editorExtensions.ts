import type { AnyExtension } from '@tiptap/core';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { protocolCollaboration } from '../../shared/editor/collab/protocolCollaboration';
import { protocolExtensions } from '../../shared/editor/extensions';
import type { Attendee } from '../../shared/protocol/types';
import type { CollabSession } from '../collab/createCollabSession';
import { AssigneeSuggestion } from './assignee/AssigneeSuggestion';
import type { CollabUser } from './collabUser';
import { ActionItemWithView } from './nodes/ActionItemWithView';
import { AgendaItemWithView } from './nodes/AgendaItemWithView';
import { DecisionWithView } from './nodes/DecisionWithView';
import { ProtocolNumbering } from './numbering/ProtocolNumbering';
import { SlashCommand } from './slash/SlashCommand';
import { HeadingPlaceholders, type HeadingPlaceholdersOptions } from './views/HeadingPlaceholders';
import { ProtocolPaste } from '../../shared/editor/paste/protocolPaste';
import { readMeta, writeMeta } from '../../shared/protocol/yDocMeta';
import { RemarkHighlights } from '../remarks/RemarkHighlights';

/** The shared nodes the browser shows with its own React views, by node name. */
const WITH_VIEWS: Record<string, AnyExtension> = {
  agendaItem: AgendaItemWithView,
  decision: DecisionWithView,
  actionItem: ActionItemWithView,
};

/**
 * The shared schema (with React views in place of the plain protocol nodes)
 * plus what only a live browser needs: Yjs binding, peers' carets, numbering,
 * the "/" menu and the "@" attendee picker.
 */
export function editorExtensions(
  session: Pick<CollabSession, 'doc' | 'provider'>,
  user: CollabUser,
  attendees: () => Attendee[],
  placeholders: HeadingPlaceholdersOptions,
): AnyExtension[] {
  return [
    ...protocolExtensions().map((extension) => WITH_VIEWS[extension.name] ?? extension),
    ProtocolNumbering,
    HeadingPlaceholders.configure(placeholders),
    SlashCommand,
    // A meeting still numbered from the default 1 takes the numbering of a pasted protocol (§ 18 → 18).
    ProtocolPaste.configure({
      onFirstNumber: (first) => {
        if (readMeta(session.doc).firstParagraph === 1) writeMeta(session.doc, { firstParagraph: first });
      },
    }),
    AssigneeSuggestion.configure({ attendees }),
    RemarkHighlights,
    ...protocolCollaboration(session.doc),
    CollaborationCaret.configure({ provider: session.provider, user: { ...user } }),
  ];
}
