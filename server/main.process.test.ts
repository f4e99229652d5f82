import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateMeetingResponse, TicketResponse } from '../shared/api/types';
import { CLOSE_SERVER_RESTART } from '../shared/collab/closeCodes';
import { httpJson } from './testing/httpJson';
import { stockProvider } from './testing/stockProvider';
import { runServerUntilExit, spawnServer, type ServerProcess } from './testing/spawnServer';
import { waitForDoc } from './testing/testServer';

const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
});

describe('the server process', () => {
  it('exits with code 1 and names the variable on a bad configuration', async () => {
    const { code, stderr } = await runServerUntilExit({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('LOG_LEVEL');
  });

  it('flushes on SIGTERM, closes sockets with 1012 and keeps everything for the next start', async () => {
    const first = await spawnServer();
    const created = (await httpJson('POST', `${first.url}/api/meetings`, { body: { title: 'Nätverksmöte', kind: 'notes' } })).json as CreateMeetingResponse;
    const token = created.invites.secretary.token;
    const { ticket } = (await httpJson('POST', `${first.url}/api/meetings/${created.id}/ticket`, { headers: { authorization: `Bearer ${token}` } })).json as TicketResponse;

    const doc = new Y.Doc();
    const provider = await stockProvider(first.url, created.id, ticket, doc);
    const closed = new Promise<number>((resolve) => provider.once('connection-close', (event) => resolve(event?.code ?? 0)));
    const echo = new Y.Doc();
    const peer = await stockProvider(first.url, created.id, ticket, echo);
    doc.getText('t').insert(0, 'Andre återkommer med respons vid nästa nätverksmöte');
    await waitForDoc(echo, (d) => d.getText('t').length > 0);

    expect(await first.stop()).toBe(0);
    expect(await closed).toBe(CLOSE_SERVER_RESTART.code);
    provider.destroy();
    peer.destroy();

    const second = await spawnServer({ dataDir: first.dataDir });
    running.push(second);
    const again = (await httpJson('POST', `${second.url}/api/meetings/${created.id}/ticket`, { headers: { authorization: `Bearer ${token}` } })).json as TicketResponse;
    const fresh = new Y.Doc();
    const reader = await stockProvider(second.url, created.id, again.ticket, fresh);
    expect(fresh.getText('t').toJSON()).toBe('Andre återkommer med respons vid nästa nätverksmöte');
    reader.destroy();
    // Two process starts; each loads the shared schema (TipTap) through tsx, ~2 s on a busy machine.
  }, 20_000);
});
