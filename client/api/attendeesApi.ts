import type { AttendeeListResponse, AttendeeView, PersonalInviteResponse } from '../../shared/api/attendees';
import { requestJson } from './requestJson';

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/attendees`;

/** Secretary: the attendee list with what only the server keeps (e-mail, personal invitations). */
export async function listAttendeeViews(meetingId: string, signal?: AbortSignal): Promise<AttendeeView[]> {
  return (await requestJson<AttendeeListResponse>(base(meetingId), { signal })).attendees;
}

/** Secretary: a new personal invitation for one attendee; one they held before stops working. */
export function issuePersonalInvite(meetingId: string, attendeeId: string): Promise<PersonalInviteResponse> {
  return requestJson<PersonalInviteResponse>(`${base(meetingId)}/${encodeURIComponent(attendeeId)}/invite`, { method: 'POST' });
}

/** Secretary: withdraws an attendee's personal invitation; their open windows are closed. */
export async function withdrawPersonalInvite(meetingId: string, attendeeId: string): Promise<void> {
  await requestJson<unknown>(`${base(meetingId)}/${encodeURIComponent(attendeeId)}/invite`, { method: 'DELETE' });
}

/** Secretary: the address the server keeps for an attendee (null removes it); it never enters the shared document. */
export function setAttendeeEmail(meetingId: string, attendeeId: string, email: string | null): Promise<AttendeeView> {
  return requestJson<AttendeeView>(`${base(meetingId)}/${encodeURIComponent(attendeeId)}`, { method: 'PATCH', body: { email } });
}
