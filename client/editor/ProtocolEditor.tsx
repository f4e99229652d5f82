import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { CollabSession } from '../collab/createCollabSession';
import { useT } from '../i18n/useT';
import type { CollabUser } from './collabUser';
import { EditorToolbar } from './EditorToolbar';
import { editorExtensions } from './editorExtensions';

interface ProtocolEditorProps {
  session: CollabSession;
  user: CollabUser;
  editable: boolean;
  /** Shown on the page above the text, like a printed protocol's header. */
  letterhead: ReactNode;
}

export function ProtocolEditor({ session, user, editable, letterhead }: ProtocolEditorProps) {
  const t = useT();
  const editor = useEditor(
    {
      extensions: editorExtensions(session, user),
      editable,
      editorProps: {
        attributes: {
          class: 'protocol-doc',
          'aria-label': t('editor.label'),
          spellcheck: 'true',
        },
      },
    },
    // The user and the editable flag change without rebuilding the editor (effects below).
    [session.doc, session.provider],
  );

  useEffect(() => {
    if (editor.isEditable === editable) return;
    editor.setEditable(editable);
    // Opening the meeting should let the secretary type at once, at the end of the text.
    if (editable && document.activeElement === document.body) editor.commands.focus('end');
  }, [editor, editable]);

  useEffect(() => {
    editor.commands.updateUser({ ...user });
  }, [editor, user]);

  return (
    <div className="editor-shell">
      {editable && <EditorToolbar editor={editor} />}
      <div className="doc-page">
        {letterhead}
        <EditorContent
          editor={editor}
          className="doc-content"
          data-testid="editor"
          data-editable={editable}
          data-placeholder={editable ? t('meeting.placeholder') : undefined}
        />
      </div>
    </div>
  );
}
