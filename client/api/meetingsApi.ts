import type {
  CreateMeetingRequest,
  CreateMeetingResponse,
  MeetingListResponse,
  MeetingSummary,
  NextMeetingRequest,
} from '../../shared/api/types';
import { requestJson } from './requestJson';

/** Creates a meeting; the server also makes this browser its secretary. */
export function createMeeting(request: CreateMeetingRequest): Promise<CreateMeetingResponse> {
  return requestJson<CreateMeetingResponse>('/api/meetings', { method: 'POST', body: request });
}

/** The meetings this browser holds a session for, most recent first. */
export function listMeetings(signal?: AbortSignal): Promise<MeetingListResponse> {
  return requestJson<MeetingListResponse>('/api/meetings', { signal });
}

export function getMeeting(meetingId: string, signal?: AbortSignal): Promise<MeetingSummary> {
  return requestJson<MeetingSummary>(`/api/meetings/${encodeURIComponent(meetingId)}`, { signal });
}

/**
 * Creates the next meeting of the same body from this one (attendees, roles,
 * numbering and open action items carry over); secretary only.
 */
export function createNextMeeting(meetingId: string, request: NextMeetingRequest = {}): Promise<CreateMeetingResponse> {
  return requestJson<CreateMeetingResponse>(`/api/meetings/${encodeURIComponent(meetingId)}/next`, { method: 'POST', body: request });
}
