import { useEffect, useMemo, useState } from 'react';
import type { MeetingSummary } from '../../shared/api/types';
import { CLOSE_LOCKED } from '../../shared/collab/closeCodes';
import { may } from '../../shared/adjustment/permissions';
import type { CollabSession } from '../collab/createCollabSession';
import { useConnectionState } from '../collab/useConnectionState';
import { useDisplaySession } from '../collab/useDisplaySession';
import { usePresence } from '../collab/usePresence';
import { useDocumentReady } from '../collab/useDocumentReady';
import { useSaveStatus } from '../collab/useSaveStatus';
import { useUnsavedGuard } from '../collab/useUnsavedGuard';
import { useUnsavedWords } from '../collab/useUnsavedWords';
import { AppHeader } from '../components/AppHeader';
import { ClosedNotice } from '../components/ClosedNotice';
import { ConnectionBadge } from '../components/ConnectionBadge';
import { FreshInvites } from '../components/FreshInvites';
import { MeetingHeader } from '../components/MeetingHeader';
import { NamePrompt } from '../components/NamePrompt';
import { PresenceBar } from '../components/PresenceBar';
import { ReadOnlyNote } from '../components/ReadOnlyNote';
import { UnsavedWords } from '../components/UnsavedWords';
import type { CollabUser } from '../editor/collabUser';
import { ProtocolEditor } from '../editor/ProtocolEditor';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n/useT';
import { useDisplayName } from '../identity/useDisplayName';
import { useMe } from '../identity/useMe';
import { colorForName } from '../identity/userColor';
import { MeetingDataContext } from '../meeting/MeetingDataContext';
import type { MeetingDataValue } from '../meeting/MeetingDataContext';
import { metaFromSummary } from '../meeting/metaFromSummary';
import { useMeetingDataStore } from '../meeting/useMeetingDataStore';
import { useSeedMeta } from '../meeting/useSeedMeta';
import { CorrectionsSection } from '../review/CorrectionsSection';
import { ReviewBar } from '../review/ReviewBar';
import { useReviewStatus } from '../review/useReviewStatus';

interface MeetingRoomProps {
  meeting: MeetingSummary;
  session: CollabSession;
}

export function MeetingRoom({ meeting, session }: MeetingRoomProps) {
  const t = useT();
  const [typedName, setName] = useDisplayName();
  // A person the server knows (a personal invitation) is shown by the attendee list's name, not one typed here.
  const name = meeting.person?.name ?? typedName;
  const [renaming, setRenaming] = useState(false);
  const me = useMe();
  const connection = useConnectionState(session.provider);
  const presence = usePresence(session.provider);
  // The server's document, or a local copy of it from an earlier visit: either may be written in.
  const synced = useDocumentReady(session);
  const save = useSaveStatus(session.saves);
  useUnsavedGuard(save.unsynced);
  const unsaved = useUnsavedWords(session, connection.closedCode, save, synced);
  const displaySession = useDisplaySession(session, meeting.state, synced);

  useEffect(() => {
    // Several meetings open in tabs must be told apart in the tab bar.
    document.title = `${meeting.title} – ${t('app.name')}`;
  }, [meeting.title, t]);

  const user = useMemo<CollabUser>(() => ({ name, color: colorForName(name) }), [name]);
  const review = useReviewStatus(meeting.id, meeting.state);
  // The header and the rest of the page show the live state, not the one the page was loaded with.
  const liveMeeting = useMemo<MeetingSummary>(() => ({ ...meeting, state: review.state }), [meeting, review.state]);
  const socketLocked = connection.closedCode === CLOSE_LOCKED.code;
  const locked = review.state === 'adjusted' || socketLocked;
  const readOnly = locked || !may(meeting.role, review.state, 'editText');
  // Typing before the first sync would interleave with the server's text, and after
  // a permanent close nothing typed could ever be sent.
  const editable = !readOnly && synced && connection.closedCode === null;
  const fallbackMeta = useMemo(() => metaFromSummary(meeting), [meeting]);
  const store = useMeetingDataStore(session.doc, fallbackMeta);
  useSeedMeta(session.doc, fallbackMeta, editable);
  const meetingData = useMemo<MeetingDataValue>(() => ({ store, editable }), [store, editable]);

  return (
    <MeetingDataContext.Provider value={meetingData}>
      <AppHeader me={me}>
        <PresenceBar entries={presence} onRenameSelf={meeting.person ? null : () => setRenaming(true)} />
        <ConnectionBadge state={connection.state} save={save} localCopyAvailable={session.localCopy.available} />
        <ExportMenu meetingId={meeting.id} state={review.state} />
      </AppHeader>
      <main className="meeting">
        {connection.closedCode !== null && connection.closedCode !== CLOSE_LOCKED.code && <ClosedNotice code={connection.closedCode} reason={connection.closedReason} />}
        {unsaved.text && <UnsavedWords text={unsaved.text} onDiscard={unsaved.discard ?? undefined} />}
        {/* Once adjusted, the banner in the review bar says it all (who, when, the hash). */}
        {readOnly && !review.status?.adjustment && <ReadOnlyNote locked={locked} />}
        {!synced && (
          <p className="syncing" role="status">
            {t('meeting.syncing')}
          </p>
        )}
        <FreshInvites meetingId={meeting.id} />
        <ReviewBar meeting={meeting} review={review} session={session} displayName={name} socketLocked={socketLocked} />
        {name && displaySession ? (
          <ProtocolEditor meeting={liveMeeting} session={displaySession} user={user} editable={editable} />
        ) : (
          <div className="doc-page">
            <MeetingHeader meeting={liveMeeting} itemCount={null} />
          </div>
        )}
        <CorrectionsSection meeting={meeting} review={review} displayName={name} />
      </main>
      {!meeting.person && (!name || renaming) && (
        <NamePrompt
          initialName={typedName}
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
