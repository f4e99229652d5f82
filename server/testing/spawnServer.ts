import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { NO_RATE_LIMITS } from './noRateLimits';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  /** http://127.0.0.1:<port>, from the server's own `listening` line. */
  url: string;
  port: number;
  dataDir: string;
  /** SIGTERM, then resolves with the exit code once the process has exited. */
  stop: () => Promise<number | null>;
  /** SIGKILL: the process ends at once, nothing flushed (a crash, a power cut); resolves once it has exited. */
  kill: () => Promise<void>;
  /** The server's last log lines (warnings and errors at the default level), to say in a failure what the server saw. */
  recentLog: () => string;
}

/** Log lines kept for recentLog(); the oldest go first. */
const KEPT_LOG_LINES = 50;

export interface SpawnServerOptions {
  /** Reuse the data of an earlier run (restart); default: a fresh temp dir. */
  dataDir?: string;
  /** Reuse the port of an earlier run so open pages can reconnect; default 0 (a free port). */
  port?: number;
  env?: Record<string, string>;
}

interface ListeningLine {
  msg: string;
  url: string;
}

function parseListening(line: string): ListeningLine | null {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return null;
    if (!('msg' in parsed) || parsed.msg !== 'listening' || !('url' in parsed) || typeof parsed.url !== 'string') return null;
    return { msg: parsed.msg, url: parsed.url };
  } catch {
    return null;
  }
}

/** Runs the real server as its own process, the way `npm start` does, built client included. */
export async function spawnServer(options: SpawnServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'protokoll-e2e-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...NO_RATE_LIMITS, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Kill the server if the test runner itself dies, so no orphan keeps the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  // The reader stays attached for the life of the process: an undrained pipe would block the server.
  const lines = createInterface({ input: child.stdout });
  const recent: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      recent.push(line);
      if (recent.length > KEPT_LOG_LINES) recent.shift();
      const listening = parseListening(line);
      if (listening) resolve(listening.url);
    });
    child.once('error', reject);
    void exited.then(() => reject(new Error(`server exited (code ${String(child.exitCode)}) before listening:\n${stderr}`)));
  });

  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    recentLog: () => [...recent, ...(stderr ? [stderr.slice(-4000)] : [])].join('\n'),
    kill: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      lines.close();
    },
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      lines.close();
      return code;
    },
  };
}

/** Runs the server with a given environment and collects how it exits (for config errors). */
export function runServerUntilExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}
