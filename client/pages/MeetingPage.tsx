// The protocol's blocks, menus and panel are styled only where the editor loads.
import '../styles/protocol.css';
import { useMeeting } from '../api/useMeeting';
import { AppHeader } from '../components/AppHeader';
import { MeetingProblem } from '../components/MeetingProblem';
import { useMe } from '../identity/useMe';
import { useT } from '../i18n/useT';
import { MeetingWorkspace } from './MeetingWorkspace';

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const t = useT();
  const load = useMeeting(meetingId);
  const me = useMe();

  if (load.status === 'ready') return <MeetingWorkspace meeting={load.meeting} />;
  return (
    <>
      <AppHeader me={me} />
      <main className="narrow">
        {load.status === 'loading' ? (
          <p className="muted" role="status">
            {t('meeting.loading')}
          </p>
        ) : (
          <MeetingProblem error={load.error} meetingId={meetingId} signInAvailable={me?.signInAvailable ?? false} />
        )}
      </main>
    </>
  );
}
