import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { ReviewStatus } from '../../shared/adjustment/types';
import type { CreateMeetingResponse } from '../../shared/api/types';
import type { MeetingState } from '../../shared/meetingKind';
import { addAttendee } from '../../shared/protocol/yDocMeta';
import type { Role } from '../../shared/roles';
import { httpJson } from './httpJson';
import type { TestServer } from './testServer';
import { writeThroughClient } from './writeThroughClient';

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

/** Writes the chair (ordförande) and one adjuster (justerare) into the attendee list through a stock client. */
export async function seedApprovers(t: TestServer, meeting: CreateMeetingResponse): Promise<void> {
  const { writer, observer } = await writeThroughClient(t, meeting.id, meeting.invites.secretary.token, (doc) => {
    addAttendee(doc, { name: CHAIR, organization: 'Skövde', role: 'ordforande', presence: 'present' });
    addAttendee(doc, { name: ADJUSTER, organization: 'Tibro', role: 'justerare', presence: 'present' });
  });
  writer.destroy();
  observer.destroy();
}

/** Takes a fresh meeting to `state` through the REST workflow; returns the last review status. */
export async function bringTo(t: TestServer, meeting: CreateMeetingResponse, state: MeetingState): Promise<ReviewStatus | null> {
  if (state === 'draft') return null;
  await seedApprovers(t, meeting);
  const sent = await callAs(t, meeting, 'secretary', 'POST', '/review', { author: 'Hillevi Larsson' });
  if (sent.status !== 200) throw new Error(`send for review: ${sent.status} ${JSON.stringify(sent.json)}`);
  if (state === 'review') return sent.json as ReviewStatus;
  for (const [role, name] of [['adjuster', ADJUSTER], ['chair', CHAIR]] as const) {
    const approved = await callAs(t, meeting, role, 'POST', '/approve', { name, stateVector: stateVectorOf() });
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
