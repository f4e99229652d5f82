import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How a child process ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnSpec {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Returns a value once a stdout line shows the server is listening. */
  readyWhen: (line: string) => string | undefined;
  readyTimeoutMs: number;
}

/** Lines kept per child: enough to show a crash, bounded for a flood of logs. */
const MAX_KEPT_LINES = 200;

/**
 * A server child process: its output is collected line by line so that
 * anything it logs while the bench runs (warnings, errors, a crash) can be
 * shown next to the figures instead of being lost.
 */
export class ServerProcess {
  /** Output lines after the ready line, as `stdout| ...` / `stderr| ...`. */
  readonly logLines: string[] = [];
  /** Count of all such lines, including those beyond MAX_KEPT_LINES. */
  logLineCount = 0;
  /** Set when the child ignored SIGTERM for the whole grace period. */
  forcedKill = false;
  private exitInfo: ChildExit | null = null;
  private readonly exited: Promise<ChildExit>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('child has no pid');
    return this.child.pid;
  }

  /** null while the child runs. */
  get exit(): ChildExit | null {
    return this.exitInfo;
  }

  /**
   * Spawns the child and resolves with the value `readyWhen` extracted, or
   * rejects (and kills the child) if it exits or stays silent too long.
   */
  static async start(spec: SpawnSpec): Promise<{ proc: ServerProcess; ready: string }> {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = new ServerProcess(child);
    const startupLines: string[] = [];
    let readyValue: string | undefined;
    let onReady: ((value: string) => void) | undefined;

    const take = (stream: 'stdout' | 'stderr', line: string): void => {
      if (readyValue === undefined) {
        startupLines.push(`${stream}| ${line}`);
        const value = stream === 'stdout' ? spec.readyWhen(line) : undefined;
        if (value !== undefined) {
          readyValue = value;
          onReady?.(value);
        }
        return;
      }
      proc.logLineCount++;
      if (proc.logLines.length < MAX_KEPT_LINES) proc.logLines.push(`${stream}| ${line}`);
    };
    if (child.stdout === null || child.stderr === null) throw new Error('child has no pipes');
    createInterface({ input: child.stdout }).on('line', (line) => take('stdout', line));
    createInterface({ input: child.stderr }).on('line', (line) => take('stderr', line));

    const spawnFailed = new Promise<never>((_, reject) => {
      child.once('error', reject);
    });
    const ready = new Promise<string>((resolve) => {
      onReady = resolve;
    });
    const exitedEarly = proc.exited.then((exit): never => {
      throw new Error(
        `${spec.command} ${spec.args.join(' ')} exited before it was ready ` +
          `(code ${exit.code}, signal ${exit.signal}); output:\n${startupLines.join('\n')}`,
      );
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `${spec.command} ${spec.args.join(' ')} not ready after ${spec.readyTimeoutMs} ms; ` +
              `output:\n${startupLines.join('\n')}`,
          ),
        );
      }, spec.readyTimeoutMs);
    });
    try {
      const value = await Promise.race([ready, exitedEarly, timedOut, spawnFailed]);
      return { proc, ready: value };
    } catch (error) {
      await proc.stop();
      throw error;
    } finally {
      clearTimeout(timer);
      // Keep the losing branch of the race from becoming an unhandled rejection.
      exitedEarly.catch(() => undefined);
    }
  }

  /** SIGTERM (so a server can flush as in production), SIGKILL if it hangs. */
  async stop(graceMs = 10_000): Promise<ChildExit> {
    if (this.exitInfo !== null) return this.exitInfo;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<ChildExit>((resolve) => {
      timer = setTimeout(() => {
        this.forcedKill = true;
        this.child.kill('SIGKILL');
        void this.exited.then(resolve);
      }, graceMs);
    });
    try {
      return await Promise.race([this.exited, killed]);
    } finally {
      clearTimeout(timer);
    }
  }
}
