import type { CreateMeetingResponse } from '../../shared/api/types';
import type { BrowserSessions } from './browserSessions';
import { waitUntilEditable, type OpenedMeeting } from './meetingPage';

/** The secretary and two participants in three browser profiles, each ready to type. */
export async function openThreeWindows(sessions: BrowserSessions, meeting: CreateMeetingResponse): Promise<OpenedMeeting[]> {
  const windows = [
    await sessions.open(meeting.invites.secretary.url, 'Sara Sekreterare'),
    await sessions.open(meeting.invites.participant.url, 'Per Deltagare'),
    await sessions.open(meeting.invites.participant.url, 'Pia Deltagare'),
  ];
  await Promise.all(windows.map(({ page }) => waitUntilEditable(page)));
  return windows;
}
