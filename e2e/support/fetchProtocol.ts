import type { CreateMeetingResponse } from '../../shared/api/types';
import type { StructuredProtocol } from '../../shared/protocol/types';

/** GET /api/meetings/:id/protocol as a viewer, as an outside tool would read it. */
export async function fetchProtocol(serverUrl: string, meeting: CreateMeetingResponse): Promise<StructuredProtocol> {
  const response = await fetch(new URL(`/api/meetings/${meeting.id}/protocol`, serverUrl), {
    headers: { authorization: `Bearer ${meeting.invites.viewer.token}` },
  });
  if (response.status !== 200) throw new Error(`GET protocol answered ${response.status}`);
  return (await response.json()) as StructuredProtocol;
}
