import { useEffect, useMemo, useState } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import { may } from '../../shared/adjustment/permissions';
import type { CollabSession } from '../collab/createCollabSession';
import { useConnectionState } from '../collab/useConnectionState';
import { usePresence } from '../collab/usePresence';
import { useSynced } from '../collab/useSynced';
import { AppHeader } from '../components/AppHeader';
import { ClosedNotice } from '../components/ClosedNotice';
import { ConnectionBadge } from '../components/ConnectionBadge';
import { FreshInvites } from '../components/FreshInvites';
import { MeetingHeader } from '../components/MeetingHeader';
import { NamePrompt } from '../components/NamePrompt';
import { PresenceBar } from '../components/PresenceBar';
import { ReadOnlyNote } from '../components/ReadOnlyNote';
import type { CollabUser } from '../editor/collabUser';
import { ProtocolEditor } from '../editor/ProtocolEditor';
import { useT } from '../i18n/useT';
import { useDisplayName } from '../identity/useDisplayName';
import { colorForName } from '../identity/userColor';
import { MeetingDataContext } from '../meeting/MeetingDataContext';
import type { MeetingDataValue } from '../meeting/MeetingDataContext';
import { metaFromSummary } from '../meeting/metaFromSummary';
import { useMeetingDataStore } from '../meeting/useMeetingDataStore';
import { useSeedMeta } from '../meeting/useSeedMeta';

interface MeetingRoomProps {
  meeting: MeetingSummary;
  session: CollabSession;
}

export function MeetingRoom({ meeting, session }: MeetingRoomProps) {
  const t = useT();
  const [name, setName] = useDisplayName();
  const [renaming, setRenaming] = useState(false);
  const connection = useConnectionState(session.provider);
  const presence = usePresence(session.provider);
  const synced = useSynced(session.provider);

  useEffect(() => {
    // Several meetings open in tabs must be told apart in the tab bar.
    document.title = `${meeting.title} – ${t('app.name')}`;
  }, [meeting.title, t]);

  const user = useMemo<CollabUser>(() => ({ name, color: colorForName(name) }), [name]);
  const locked = meeting.state === 'adjusted' || connection.closedCode === CLOSE_LOCKED.code;
  const readOnly = locked || !may(meeting.role, meeting.state, 'editText');
  // Typing before the first sync would interleave with the server's text, and after
  // a permanent close nothing typed could ever be sent.
  const editable = !readOnly && synced && connection.closedCode === null;
  const fallbackMeta = useMemo(() => metaFromSummary(meeting), [meeting]);
  const store = useMeetingDataStore(session.doc, fallbackMeta);
  useSeedMeta(session.doc, fallbackMeta, editable);
  const meetingData = useMemo<MeetingDataValue>(() => ({ store, editable }), [store, editable]);

  return (
    <MeetingDataContext.Provider value={meetingData}>
      <AppHeader>
        <PresenceBar entries={presence} onRenameSelf={() => setRenaming(true)} />
        <ConnectionBadge state={connection.state} />
      </AppHeader>
      <main className="meeting">
        {connection.closedCode !== null && connection.closedCode !== CLOSE_LOCKED.code && <ClosedNotice code={connection.closedCode} />}
        {readOnly && <ReadOnlyNote locked={locked} />}
        {!synced && (
          <p className="syncing" role="status">
            {t('meeting.syncing')}
          </p>
        )}
        <FreshInvites meetingId={meeting.id} />
        {name ? (
          <ProtocolEditor meeting={meeting} session={session} user={user} editable={editable} />
        ) : (
          <div className="doc-page">
            <MeetingHeader meeting={meeting} itemCount={null} />
          </div>
        )}
      </main>
      {(!name || renaming) && (
        <NamePrompt
          initialName={name}
          onSubmit={(next) => {
            setName(next);
            setRenaming(false);
          }}
          onCancel={name ? () => setRenaming(false) : undefined}
        />
      )}
    </MeetingDataContext.Provider>
  );
}
