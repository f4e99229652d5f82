export type Route =
  | { name: 'start' }
  | { name: 'meeting'; meetingId: string }
  | { name: 'notFound' };

const MEETING_PATH = /^\/m\/([^/]+)\/?$/;

/** The page for a location path; the only two pages are `/` and `/m/:id`. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' };
  const meeting = MEETING_PATH.exec(pathname);
  if (meeting?.[1]) {
    try {
      return { name: 'meeting', meetingId: decodeURIComponent(meeting[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

export function meetingPath(meetingId: string): string {
  return `/m/${encodeURIComponent(meetingId)}`;
}
