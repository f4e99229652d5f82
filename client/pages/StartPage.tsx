import { useState } from 'react';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { useRecentMeetings } from '../api/useRecentMeetings';
import { AppHeader } from '../components/AppHeader';
import { CreateMeetingForm } from '../components/CreateMeetingForm';
import { InviteLinks } from '../components/InviteLinks';
import { MyMeetings } from '../components/MyMeetings';
import { RecentMeetings } from '../components/RecentMeetings';
import { useMe } from '../identity/useMe';
import { useT } from '../i18n/useT';

interface Created {
  title: string;
  response: CreateMeetingResponse;
}

export function StartPage() {
  const t = useT();
  const { load, reload } = useRecentMeetings();
  const [created, setCreated] = useState<Created | null>(null);
  const me = useMe();

  const onCreated = (response: CreateMeetingResponse, title: string) => {
    setCreated({ response, title });
    reload();
  };

  return (
    <>
      <AppHeader me={me} />
      <main className="start">
        <div className="start-intro">
          <h1>{t('app.name')}</h1>
          <p className="lead">{t('app.tagline')}</p>
        </div>
        {created ? (
          <InviteLinks title={created.title} created={created.response} onCreateAnother={() => setCreated(null)} />
        ) : (
          <CreateMeetingForm onCreated={onCreated} />
        )}
        <MyMeetings me={me} />
        <RecentMeetings load={load} />
      </main>
    </>
  );
}
