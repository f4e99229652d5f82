import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COLLAB_PATH } from '../shared/collab/constants';
import { NO_RATE_LIMITS } from '../server/testing/noRateLimits';
import { findFreePort } from './freePort';
import { createMeeting, fetchTicket } from './ourApi';
import { ServerProcess } from './serverProcess';
import type { ChildExit } from './serverProcess';

export const SERVER_KINDS = ['reference', 'ours'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

/** What a WebsocketProvider needs to join one room on a server. */
export interface RoomAccess {
  serverUrl: string;
  roomName: string;
  params: Record<string, string>;
}

export interface StopReport {
  exit: ChildExit;
  forcedKill: boolean;
  /** Bytes left in DATA_DIR (the SQLite files) after the server stopped. */
  dataBytes: number | null;
}

export interface BenchServer {
  readonly kind: ServerKind;
  readonly process: ServerProcess;
  /** A plain GET the server answers from its event loop: ours /api/health, the reference any path. */
  readonly healthUrl: string;
  /** A fresh room (ours: a new meeting plus a ticket) for one scenario. */
  openRoom(label: string): Promise<RoomAccess>;
  stop(): Promise<StopReport>;
}

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 60_000;

/** The server child inherits the bench's environment minus anything that would change its behaviour. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // Persistence of the reference must stay off (it is in-memory by design) and
  // an inherited NODE_OPTIONS (a profiler, a loader) would load one server
  // differently from the other.
  delete env.YPERSISTENCE;
  delete env.NODE_OPTIONS;
  return env;
}

export function ourServerEntry(repoRoot: string): string {
  return join(repoRoot, 'server', 'main.ts');
}

export function ourServerExists(repoRoot: string): boolean {
  return existsSync(ourServerEntry(repoRoot));
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** Reads the listening URL out of our server's JSON log line. */
export function parseOurListeningLine(line: string): string | undefined {
  if (!line.includes('"listening"')) return undefined;
  try {
    const record = JSON.parse(line) as unknown;
    if (typeof record !== 'object' || record === null) return undefined;
    const { msg, url } = record as { msg?: unknown; url?: unknown };
    return msg === 'listening' && typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

async function startOurs(repoRoot: string): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'protokoll-bench-'));
  let started: { proc: ServerProcess; ready: string };
  try {
    started = await ServerProcess.start({
      command: process.execPath,
      args: ['--import', 'tsx', ourServerEntry(repoRoot)],
      cwd: repoRoot,
      env: childEnv({ PORT: '0', HOST, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...NO_RATE_LIMITS }),
      readyWhen: parseOurListeningLine,
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { proc, ready: httpUrl } = started;
  const wsUrl = httpUrl.replace(/^http/, 'ws') + COLLAB_PATH;
  return {
    kind: 'ours',
    process: proc,
    healthUrl: `${httpUrl}/api/health`,
    async openRoom(label) {
      const meeting = await createMeeting(httpUrl, `Bench ${label}`);
      // One ticket serves every socket of the scenario: all connect within seconds.
      const ticket = await fetchTicket(httpUrl, meeting.id, meeting.token);
      return { serverUrl: wsUrl, roomName: meeting.id, params: { ticket } };
    },
    async stop() {
      const exit = await proc.stop();
      let dataBytes: number | null = null;
      try {
        dataBytes = await directoryBytes(dataDir);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
      return { exit, forcedKill: proc.forcedKill, dataBytes };
    },
  };
}

async function startReference(): Promise<BenchServer> {
  // The package exports no path to its server script, but its package.json is exported.
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@y/websocket-server/package.json'));
  const port = await findFreePort(HOST);
  // server.js prints "running at '<host>' on port <port>" from its listen callback.
  const { proc } = await ServerProcess.start({
    command: process.execPath,
    args: [join(packageDir, 'src', 'server.js')],
    cwd: packageDir,
    env: childEnv({ PORT: String(port), HOST }),
    readyWhen: (line) => (line.startsWith('running at') ? line : undefined),
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  return {
    kind: 'reference',
    process: proc,
    healthUrl: `http://${HOST}:${port}/`,
    openRoom(label) {
      return Promise.resolve({
        serverUrl: `ws://${HOST}:${port}`,
        roomName: `bench-${label}-${Date.now()}`,
        params: {},
      });
    },
    async stop() {
      const exit = await proc.stop();
      return { exit, forcedKill: proc.forcedKill, dataBytes: null };
    },
  };
}

export function startServer(kind: ServerKind, repoRoot: string): Promise<BenchServer> {
  return kind === 'ours' ? startOurs(repoRoot) : startReference();
}
