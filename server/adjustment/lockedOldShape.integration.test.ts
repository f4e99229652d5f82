import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import type { StructuredProtocol } from '../../shared/protocol/types';
import { httpJson } from '../testing/httpJson';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { bringTo } from '../testing/adjustmentFlow';
import { startTestServer, waitForDoc, type TestServer } from '../testing/testServer';

/**
 * A protocol locked before titles, presenters and lead-ins became text of
 * the document: its stored bytes are final and never rewritten, and it must
 * still read as it was over REST (the exports read the same way). The
 * browser cannot show it yet (see the README's contract). The server runs in
 * the test process here, on a real port: the lock is reached through its
 * REST workflow helpers.
 */
describe('a protocol locked in the shape stored before titles were text', () => {
  let t: TestServer;
  let meeting: CreateMeetingResponse;

  beforeAll(async () => {
    t = await startTestServer();
    meeting = await t.createMeeting();
    // A socket held open keeps the room loaded, so the old shape is not converted on the way to the lock.
    const holder = await t.connect(meeting.id, meeting.invites.secretary.token);
    const body = holder.doc.getXmlFragment(BODY_FRAGMENT);
    holder.doc.transact(() => {
      body.delete(0, body.length);
      const item = new Y.XmlElement('agendaItem');
      item.setAttribute('title', 'Budget 2027');
      item.setAttribute('presenter', 'Ove Ek');
      const line = new Y.XmlElement('paragraph');
      line.insert(0, [new Y.XmlText('Förslaget presenteras.')]);
      const decision = new Y.XmlElement('decision');
      decision.setAttribute('leadIn', 'Nämnden beslutar att');
      const clause = new Y.XmlElement('decisionClause');
      clause.insert(0, [new Y.XmlText('godkänna budgeten')]);
      decision.insert(0, [clause]);
      item.insert(0, [line, decision]);
      body.insert(0, [item]);
    });
    const echo = await t.connect(meeting.id, meeting.invites.viewer.token);
    await waitForDoc(echo.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).toJSON().includes('godkänna budgeten'));
    await bringTo(t, meeting, 'adjusted');
    holder.destroy();
    echo.destroy();
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
    expect(protocol.items.map((item) => [item.title, item.presenter, item.text])).toEqual([['Budget 2027', 'Ove Ek', 'Förslaget presenteras.']]);
    expect(protocol.items[0]!.decisions.map((decision) => [decision.leadIn, decision.clauses])).toEqual([['Nämnden beslutar att', ['godkänna budgeten']]]);
  });
});
