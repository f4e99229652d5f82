import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { ReviewStatus } from '../../shared/adjustment/types';
import type { AttendeeListResponse } from '../../shared/api/attendees';
import type { CreateMeetingResponse } from '../../shared/api/types';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';
import { httpJson } from './httpJson';
import type { TestServer } from './testServer';

export const CHAIR = 'Katarina Lindberg';
export const ADJUSTER = 'Zophia Zander Norell';

/** base64 of a document's state vector, as a client sends it with an approval. */
export function stateVectorOf(doc: Y.Doc = new Y.Doc()): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('base64');
}

/** A REST call with one invite's bearer token. */
export function callAs(t: TestServer, meeting: CreateMeetingResponse, role: Role, method: string, route: string, body?: unknown) {
  return httpJson(method, `${t.server.url}/api/meetings/${meeting.id}${route}`, {
    headers: { authorization: `Bearer ${meeting.invites[role].token}` },
    ...(body === undefined ? {} : { body }),
  });
}

/** The personal invitation tokens of a meeting's seeded approvers. */
export interface ApproverTokens {
  chair: string;
  adjuster: string;
}

const approverTokens = new WeakMap<CreateMeetingResponse, ApproverTokens>();

/**
 * Puts the chair (ordförande) and one adjuster (justerare) on the attendee
 * list over REST, as the secretary (a meeting made from the fixture already
 * lists them: they get their e-mail), and issues each a personal
 * invitation: only a verified person approves.
 */
export async function seedApprovers(t: TestServer, meeting: CreateMeetingResponse): Promise<ApproverTokens> {
  const tokens: Record<string, string> = {};
  const listed = await callAs(t, meeting, 'secretary', 'GET', '/attendees');
  const existing = (listed.json as AttendeeListResponse).attendees;
  for (const [role, name, organization, email] of [
    ['ordforande', CHAIR, 'Skövde', 'katarina@skovde.se'],
    ['justerare', ADJUSTER, 'Tibro', 'zophia@tibro.se'],
  ] as const) {
    const known = existing.find((attendee) => attendee.name === name);
    const added = known
      ? await callAs(t, meeting, 'secretary', 'PATCH', `/attendees/${known.id}`, { role, email })
      : await callAs(t, meeting, 'secretary', 'POST', '/attendees', { name, organization, role, email });
    if (added.status >= 300) throw new Error(`add ${name}: ${added.status} ${JSON.stringify(added.json)}`);
    const { id } = added.json as { id: string };
    const invited = await callAs(t, meeting, 'secretary', 'POST', `/attendees/${id}/invite`);
    if (invited.status !== 200) throw new Error(`invite ${name}: ${invited.status} ${JSON.stringify(invited.json)}`);
    tokens[role === 'ordforande' ? 'chair' : 'adjuster'] = (invited.json as { token: string }).token;
  }
  const seeded = { chair: tokens.chair ?? '', adjuster: tokens.adjuster ?? '' };
  approverTokens.set(meeting, seeded);
  return seeded;
}

/** A REST call as the seeded approver of `role`, in person (their personal invitation). */
export function callAsApprover(t: TestServer, meeting: CreateMeetingResponse, role: 'chair' | 'adjuster', method: string, route: string, body?: unknown) {
  const tokens = approverTokens.get(meeting);
  if (!tokens) throw new Error('seedApprovers first');
  return httpJson(method, `${t.server.url}/api/meetings/${meeting.id}${route}`, {
    headers: { authorization: `Bearer ${tokens[role]}` },
    ...(body === undefined ? {} : { body }),
  });
}

/** Takes a fresh meeting to `state` through the REST workflow; returns the last review status. */
export async function bringTo(t: TestServer, meeting: CreateMeetingResponse, state: MeetingState): Promise<ReviewStatus | null> {
  if (state === 'draft') return null;
  await seedApprovers(t, meeting);
  const sent = await callAs(t, meeting, 'secretary', 'POST', '/review', { author: 'Hillevi Larsson' });
  if (sent.status !== 200) throw new Error(`send for review: ${sent.status} ${JSON.stringify(sent.json)}`);
  if (state === 'review') return sent.json as ReviewStatus;
  for (const [role, name] of [['adjuster', ADJUSTER], ['chair', CHAIR]] as const) {
    const approved = await callAsApprover(t, meeting, role, 'POST', '/approve', { stateVector: stateVectorOf() });
    if (approved.status !== 200) throw new Error(`approve as ${name}: ${approved.status} ${JSON.stringify(approved.json)}`);
    if (role === 'chair') return approved.json as ReviewStatus;
  }
  return null;
}

/** A read-only look at the server's SQLite file, as an auditor would take it. */
export function openDatabaseFile(t: TestServer): Database.Database {
  return new Database(path.join(t.dataDir, 'protokoll.db'), { readonly: true, fileMustExist: true });
}

/** A well-formed remark anchor (the start of the body), as a browser would send it. */
export function bodyStartAnchor(quote = '§ 18') {
  const position = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getXmlFragment('default'), 0))).toString('base64');
  return { start: position, end: position, quote };
}
