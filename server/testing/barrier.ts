import type * as Y from 'yjs';
import type { TestServer } from './testServer';
import { textOf, waitForDoc } from './testServer';

/**
 * Writes "ok" through a fresh secretary client and waits until `observer`
 * has it: the server handles and relays in order, so anything it took from
 * a socket before (say, one it had just closed) has reached the observer by then.
 */
export async function relayBarrier(t: TestServer, meetingId: string, secretaryToken: string, observer: Y.Doc): Promise<void> {
  const writer = await t.connect(meetingId, secretaryToken);
  writer.doc.getText('t').insert(0, 'ok');
  await waitForDoc(observer, (doc) => textOf(doc).includes('ok'));
}
