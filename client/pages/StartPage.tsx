import { useState } from 'react';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { useRecentMeetings } from '../api/useRecentMeetings';
import { AppHeader } from '../components/AppHeader';
import { CreateMeetingForm } from '../components/CreateMeetingForm';
import { InviteLinks } from '../components/InviteLinks';
import { RecentMeetings } from '../components/RecentMeetings';
import { useT } from '../i18n/useT';

interface Created {
  title: string;
  response: CreateMeetingResponse;
}

export function StartPage() {
  const t = useT();
  const { load, reload } = useRecentMeetings();
  const [created, setCreated] = useState<Created | null>(null);

  const onCreated = (response: CreateMeetingResponse, title: string) => {
    setCreated({ response, title });
    reload();
  };

  return (
    <>
      <AppHeader />
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
        <RecentMeetings load={load} />
      </main>
    </>
  );
}
