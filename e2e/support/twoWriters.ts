import type { CreateMeetingRequest, CreateMeetingResponse } from '../../shared/api/types';
import { BrowserSessions } from './browserSessions';
import { createMeeting } from './createMeeting';
import { waitUntilEditable, type OpenedMeeting } from './meetingPage';
import { startServer, type RunningServer } from './startServer';

export interface TwoWriters {
  server: RunningServer;
  sessions: BrowserSessions;
  meeting: CreateMeetingResponse;
  secretary: OpenedMeeting;
  participant: OpenedMeeting;
}

/** A server process, a meeting on it, and its secretary (Sara) and a participant (Per) in profiles of their own, both able to write. */
export async function twoWriters(request: CreateMeetingRequest): Promise<TwoWriters> {
  const [server, sessions] = await Promise.all([startServer(), BrowserSessions.launch()]);
  const meeting = await createMeeting(server.url, request);
  const secretary = await sessions.open(meeting.invites.secretary.url, 'Sara Sekreterare');
  const participant = await sessions.open(meeting.invites.participant.url, 'Per Deltagare');
  await Promise.all([waitUntilEditable(secretary.page), waitUntilEditable(participant.page)]);
  return { server, sessions, meeting, secretary, participant };
}
