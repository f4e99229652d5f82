import type { MeetingSummary } from '../../shared/api/types';
import { useCollabSession } from '../collab/useCollabSession';
import { AppHeader } from '../components/AppHeader';
import { useT } from '../i18n/useT';
import { MeetingRoom } from './MeetingRoom';

/** Holds the collaboration session for one meeting while its page is open. */
export function MeetingWorkspace({ meeting }: { meeting: MeetingSummary }) {
  const t = useT();
  const session = useCollabSession(meeting.id, meeting.state);
  if (!session) {
    return (
      <>
        <AppHeader />
        <p className="muted narrow" role="status">
          {t('meeting.loading')}
        </p>
      </>
    );
  }
  return <MeetingRoom meeting={meeting} session={session} />;
}
