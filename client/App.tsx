import { lazy, Suspense } from 'react';
import { I18nProvider } from './i18n/I18nProvider';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';
import { matchRoute } from './router/matchRoute';
import { usePathname } from './router/usePathname';

// The editor (TipTap, Yjs) is most of the code; the start page should not wait for it.
const MeetingPage = lazy(() => import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })));

function CurrentPage() {
  const route = matchRoute(usePathname());
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'meeting':
      // Keyed so that moving between meetings tears down the old session completely.
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

export function App() {
  return (
    <I18nProvider>
      <Suspense fallback={null}>
        <CurrentPage />
      </Suspense>
    </I18nProvider>
  );
}
