import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CreateMeetingResponse, TicketResponse } from '../../shared/api/types';
import { COLLAB_PATH } from '../../shared/collab/constants';
import { loadConfig } from '../config';
import { httpJson } from './httpJson';
import { NO_RATE_LIMITS } from './noRateLimits';
import { stockProvider } from './stockProvider';
import { createServer, type RunningServer } from '../createServer';

export interface TestServer {
  server: RunningServer;
  dataDir: string;
  wsBase: string;
  createMeeting(): Promise<CreateMeetingResponse>;
  ticket(meetingId: string, token: string): Promise<string>;
  /** A stock y-websocket client, as outside tools use it; BroadcastChannel off so only the server relays. */
  connect(meetingId: string, token: string, doc?: Y.Doc): Promise<WebsocketProvider>;
  /** Restarts on the same data directory, as after a deploy. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A real server on a free port with its SQLite file in a fresh temp dir. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokoll-test-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...NO_RATE_LIMITS, ...env });
  const providers: WebsocketProvider[] = [];
  const handle: TestServer = {
    server: await createServer(config),
    dataDir,
    get wsBase() {
      return `${handle.server.url.replace(/^http/, 'ws')}${COLLAB_PATH}`;
    },
    async createMeeting() {
      const response = await httpJson('POST', `${handle.server.url}/api/meetings`, {
        body: { title: 'Styrelsemöte', kind: 'protocol' },
      });
      if (response.status !== 201) throw new Error(`create meeting: ${response.status}`);
      return response.json as CreateMeetingResponse;
    },
    async ticket(meetingId, token) {
      const response = await httpJson('POST', `${handle.server.url}/api/meetings/${meetingId}/ticket`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`ticket: ${response.status}`);
      return (response.json as TicketResponse).ticket;
    },
    async connect(meetingId, token, doc = new Y.Doc()) {
      const ticket = await handle.ticket(meetingId, token);
      const provider = await stockProvider(handle.server.url, meetingId, ticket, doc);
      providers.push(provider);
      return provider;
    },
    async restart() {
      await handle.server.close();
      handle.server = await createServer({ ...config, PORT: handle.server.port });
    },
    async stop() {
      for (const provider of providers) provider.destroy();
      await handle.server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** Resolves when `predicate(doc)` holds, checking after every update the doc receives. */
export function waitForDoc(doc: Y.Doc, predicate: (doc: Y.Doc) => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate(doc)) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('timed out waiting for the document'));
    }, timeoutMs);
    function check() {
      if (!predicate(doc)) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    }
    doc.on('update', check);
  });
}

export const textOf = (doc: Y.Doc) => doc.getText('t').toJSON();
