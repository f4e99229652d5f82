import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingResponse } from '../../shared/api/types';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { httpJson } from '../testing/httpJson';
import { lockedOldShapeMeeting, OLD_SHAPE_TEXT } from '../testing/lockedOldShapeMeeting';
import { startTestServer, type TestServer } from '../testing/testServer';

/**
 * A protocol locked before titles, presenters and lead-ins became text of
 * the document: its stored bytes are final and never rewritten, and it must
 * still read as it was over REST (the exports read the same way; the browser
 * is checked in e2e/lockedOldShape.test.ts). The server runs in the test
 * process here, on a real port: the lock is reached through its REST
 * workflow helpers.
 */
describe('a protocol locked in the shape stored before titles were text', () => {
  let t: TestServer;
  let meeting: CreateMeetingResponse;

  beforeAll(async () => {
    t = await startTestServer();
    meeting = await lockedOldShapeMeeting(t);
    await t.restart();
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
  });

  it('reads title, presenter and lead-in over REST', async () => {
    const response = await httpJson('GET', `${t.server.url}/api/meetings/${meeting.id}/protocol`, { headers: { authorization: `Bearer ${meeting.invites.viewer.token}` } });
    expect(response.status).toBe(200);
    const protocol = response.json as StructuredProtocol;
    expect(protocol.meeting.state).toBe('adjusted');
    expect(protocol.items.map((item) => [item.title, item.presenter, item.text])).toEqual([[OLD_SHAPE_TEXT.title, OLD_SHAPE_TEXT.presenter, OLD_SHAPE_TEXT.body]]);
    expect(protocol.items[0]!.decisions.map((decision) => [decision.leadIn, decision.clauses])).toEqual([[OLD_SHAPE_TEXT.leadIn, [OLD_SHAPE_TEXT.clause]]]);
  });
});
