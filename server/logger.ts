import type { Config } from './config';

type Level = Exclude<Config['LOG_LEVEL'], 'silent'>;
const RANK: Record<Config['LOG_LEVEL'], number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

/** A logger for one category (server, collab, http, db); writes JSON lines. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(category: string): Logger;
}

/** JSON lines on stdout (stderr for warn and error) so log shippers can parse them. */
export function createLogger(level: Config['LOG_LEVEL'], category = 'server'): Logger {
  const write = (at: Level, msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, category, msg, ...fields });
    (at === 'warn' || at === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (child) => createLogger(level, `${category}.${child}`),
  };
}

/** Describes a caught value for a log line without leaking a stack to clients. */
export function errorFields(error: unknown): LogFields {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
