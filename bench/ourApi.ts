import type { CreateMeetingRequest, CreateMeetingResponse, TicketResponse } from '../shared/api/types';

const REQUEST_TIMEOUT_MS = 10_000;

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url} → ${response.status}: ${text.slice(0, 500)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`POST ${url} → ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Creates a protocol meeting and returns its id and the secretary's bearer token. */
export async function createMeeting(baseUrl: string, title: string): Promise<{ id: string; token: string }> {
  const request: CreateMeetingRequest = { title, kind: 'protocol' };
  const body = await postJson(`${baseUrl}/api/meetings`, request);
  // The shape is checked, not trusted: the server is being written in parallel.
  const secretary = isRecord(body) && isRecord(body.invites) ? body.invites.secretary : undefined;
  if (!isRecord(body) || typeof body.id !== 'string' || !isRecord(secretary) || typeof secretary.token !== 'string') {
    throw new Error(`POST /api/meetings answered an unexpected shape: ${JSON.stringify(body).slice(0, 500)}`);
  }
  const meeting = body as unknown as CreateMeetingResponse;
  return { id: meeting.id, token: meeting.invites.secretary.token };
}

/** A WebSocket ticket for the meeting, reusable by many sockets while it is valid. */
export async function fetchTicket(baseUrl: string, meetingId: string, token: string): Promise<string> {
  const body = await postJson(`${baseUrl}/api/meetings/${encodeURIComponent(meetingId)}/ticket`, {}, {
    authorization: `Bearer ${token}`,
  });
  if (!isRecord(body) || typeof body.ticket !== 'string') {
    throw new Error(`POST /api/meetings/:id/ticket answered an unexpected shape: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return (body as unknown as TicketResponse).ticket;
}
