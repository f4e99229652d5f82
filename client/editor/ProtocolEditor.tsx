import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import type { CollabSession } from '../collab/createCollabSession';
import { MeetingHeader } from '../components/MeetingHeader';
import { NextMeetingSection } from '../components/NextMeetingSection';
import { useT } from '../i18n/useT';
import { useMeetingData } from '../meeting/useMeetingData';
import { SidePanel } from '../panel/SidePanel';
import type { CollabUser } from './collabUser';
import { EditorToolbar } from './EditorToolbar';
import { editorExtensions } from './editorExtensions';
import { protocolOutline } from './outline/protocolOutline';

interface ProtocolEditorProps {
  meeting: MeetingSummary;
  /** The live session, or a locked protocol's read-only copy (useDisplaySession). */
  session: Pick<CollabSession, 'doc' | 'provider'>;
  user: CollabUser;
  editable: boolean;
}

/** The protocol as a sheet of paper (letterhead, body, next meeting) with the side panel beside it. */
export function ProtocolEditor({ meeting, session, user, editable }: ProtocolEditorProps) {
  const t = useT();
  const { store } = useMeetingData();
  const editor = useEditor(
    {
      extensions: editorExtensions(session, user, store.getAttendees, { title: t('agenda.titlePlaceholder'), presenter: t('agenda.presenter') }),
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
  const outline = useEditorState({ editor, selector: ({ editor }) => protocolOutline(editor.state.doc) });

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
    <div className="meeting-layout">
      <div className="editor-shell">
        {editable && <EditorToolbar editor={editor} />}
        <div className="doc-page">
          <MeetingHeader meeting={meeting} itemCount={outline.itemCount} />
          <EditorContent
            editor={editor}
            className="doc-content"
            data-testid="editor"
            data-editable={editable}
            data-placeholder={editable ? t('meeting.placeholder') : undefined}
          />
          <NextMeetingSection meeting={meeting} />
        </div>
      </div>
      <SidePanel editor={editor} outline={outline} meeting={meeting} />
    </div>
  );
}
