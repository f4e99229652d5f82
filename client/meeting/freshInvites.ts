import type { CreateMeetingResponse } from '../../shared/api/types';

const key = (meetingId: string) => `protokoll.freshInvites.${meetingId}`;

/**
 * The invites of a meeting this tab just created from the previous one,
 * kept across the page load that opens it, so the secretary can still share them.
 */
export function keepFreshInvites(created: CreateMeetingResponse): void {
  try {
    window.sessionStorage.setItem(key(created.id), JSON.stringify(created));
  } catch {
    // Private mode: the links are not shown again; the meeting still opens.
  }
}

export function readFreshInvites(meetingId: string): CreateMeetingResponse | null {
  try {
    const stored = window.sessionStorage.getItem(key(meetingId));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as CreateMeetingResponse;
    return parsed.id === meetingId && typeof parsed.invites === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function forgetFreshInvites(meetingId: string): void {
  try {
    window.sessionStorage.removeItem(key(meetingId));
  } catch {
    // Nothing to forget.
  }
}
