import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_MALFORMED } from '../../shared/collab/closeCodes';
import { SYNC_UPDATE } from '../../shared/collab/messageTypes';
import { relayBarrier } from '../testing/barrier';
import { openRawSocket, syncFrame } from '../testing/rawSocket';
import { startTestServer, textOf, waitForDoc, type TestServer } from '../testing/testServer';

/** The ten bytes of issue 10: one GC struct of length zero, which Yjs applies but cannot encode again. */
const POISON = new Uint8Array([0x01, 0x01, 0xe7, 0x8a, 0x8d, 0x09, 0x00, 0x00, 0x00, 0x00]);

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

describe('an update Yjs applies but cannot write back out, from a participant', () => {
  it('closes that socket as malformed and changes nothing: the meeting opens again after a restart, and so does every other', async () => {
    const attacked = await t.createMeeting();
    const other = await t.createMeeting();
    const writer = await t.connect(attacked.id, attacked.invites.secretary.token);
    writer.doc.getText('t').insert(0, 'Mötets öppnande');
    const bystander = await t.connect(other.id, other.invites.secretary.token);
    bystander.doc.getText('t').insert(0, 'Ett annat möte');

    const raw = await openRawSocket(t, attacked.id, attacked.invites.participant.token);
    raw.send(syncFrame(SYNC_UPDATE, POISON));
    await expect(raw.closed).resolves.toEqual(CLOSE_MALFORMED);

    await t.restart();
    for (const [meeting, text] of [
      [attacked, 'Mötets öppnande'],
      [other, 'Ett annat möte'],
    ] as const) {
      const reader = await t.connect(meeting.id, meeting.invites.viewer.token, new Y.Doc());
      await waitForDoc(reader.doc, (doc) => textOf(doc) === text);
      expect(textOf(reader.doc)).toBe(text);
    }
  });

  it('takes nothing more from that socket, not even frames that were already on their way', async () => {
    const meeting = await t.createMeeting();
    const observer = await openRawSocket(t, meeting.id, meeting.invites.viewer.token);
    const raw = await openRawSocket(t, meeting.id, meeting.invites.participant.token);
    const before = t.server.documents.countUpdates(meeting.id);
    const valid = new Y.Doc();
    valid.getText('t').insert(0, 'efter stängningen');
    // Both in one write: the second frame is already in the server's buffer when the first closes the socket.
    raw.send(syncFrame(SYNC_UPDATE, POISON));
    raw.send(syncFrame(SYNC_UPDATE, Y.encodeStateAsUpdate(valid)));
    await expect(raw.closed).resolves.toEqual(CLOSE_MALFORMED);
    await relayBarrier(t, meeting.id, meeting.invites.secretary.token, observer.doc);
    expect(textOf(observer.doc)).toBe('ok');
    expect(t.server.documents.countUpdates(meeting.id)).toBe(before + 1);
  });
});
